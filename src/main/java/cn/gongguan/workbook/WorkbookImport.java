package cn.gongguan.workbook;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * Imports an Excel template's rows: what every import of the application shares, a feature saying only which columns
 * it has, how a row is read and how rows are written. Every good row is written and every bad one returned in an
 * annotated workbook, each wrong cell marked with its reason. No database error reaches the user: rows are written a
 * chunk per transaction, and a chunk the database refuses is written again row by row, each row that still fails
 * reported at that row. The file is read as a stream and bounded in bytes and rows, so the heap an import uses stays
 * flat, and a file over the row cap is refused before anything is written.
 *
 * @param <D> what a row is read into
 */
public abstract class WorkbookImport<D> {

    /** Rows checked and written together: one lookup and one transaction per chunk. */
    public static final int CHUNK = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(WorkbookImport.class);

    private final ImportThreads threads;
    private final int maxRows;
    private final DataSize maxSize;

    /**
     * @param maxRows the most rows one file may hold (the template says so)
     * @param maxSize the largest file the server reads
     */
    protected WorkbookImport(ImportThreads threads, int maxRows, DataSize maxSize) {
        this.threads = threads;
        this.maxRows = maxRows;
        this.maxSize = maxSize;
    }

    /** Reports how far an import has read. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (read, total) -> { };

        void rowsRead(int read, int total);
    }

    /** What a row did when written. */
    public enum Outcome { ADDED, UPDATED, UNCHANGED }

    /** One import under way, begun by {@link #begin}: it may remember what it has seen of the file. */
    protected interface Run<D> {

        /** A new, empty thing for a row to be read into. */
        D blank();

        /** Reads the row's cells into its details; each cell that cannot be read is one problem of the row. */
        void read(ImportRow<D> row);

        /**
         * Checks a chunk's rows that read well before anything is written, refusing a row with
         * {@link ImportRow#refuse}; returns those to write. A good row not returned is counted as unchanged.
         */
        List<ImportRow<D>> check(List<ImportRow<D>> rows);

        /** Writes the rows in one transaction, all or none; returns what each row did, in order. */
        List<Outcome> write(List<ImportRow<D>> rows);

        /** Whether a row the database refused was written meanwhile (the same file imported twice at once). */
        default boolean writtenMeanwhile(ImportRow<D> row) {
            return false;
        }

        /** Records the import's outcome in the audit trail. */
        void finished(ImportResult result);
    }

    /** The template's columns, in order. */
    protected abstract List<TemplateColumn> columns();

    /** The translation key of the template's sheet. */
    protected abstract String sheetKey();

    /** Translation keys of the lines the template's notes sheet says after its limits. */
    protected abstract List<String> noteKeys();

    /** Begins an import as the logged-in user: refused here for a user who may not import. */
    protected abstract Run<D> begin(Texts translate);

    /**
     * Whether a file may also be comma-separated text (UTF-8, or GB18030 as Chinese Excel saves it) instead of a
     * workbook: for formats other systems write, such as the national platform's files.
     */
    public boolean acceptsCsv() {
        return false;
    }

    /** The largest file the server reads, in bytes. */
    public long maxBytes() {
        return maxSize.toBytes();
    }

    /**
     * The empty template: one header row in the user's language, in the order the import reads, and a second sheet
     * that says what a file may hold.
     */
    public void writeTemplate(Texts translate, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(translate.get(sheetKey()));
            Row header = sheet.createRow(0);
            List<TemplateColumn> columns = columns();
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(translate.get(columns.get(i).labelKey()));
                sheet.setColumnWidth(i, 18 * 256);
            }
            Sheet notes = workbook.createSheet(translate.get("import.notes"));
            notes.createRow(0).createCell(0).setCellValue(translate.get("import.notes.limits", maxRows,
                    maxSize.toMegabytes()));
            List<String> keys = noteKeys();
            for (int i = 0; i < keys.size(); i++) {
                notes.createRow(i + 1).createCell(0).setCellValue(translate.get(keys.get(i)));
            }
            notes.setColumnWidth(0, 100 * 256);
            workbook.write(out);
        }
    }

    /**
     * Keeps an uploaded file for the import, reading at most {@link #maxBytes()}: a larger file is refused as soon as
     * it passes the limit, whatever the browser was told.
     */
    public Path receive(InputStream upload) throws IOException {
        Path file = Files.createTempFile("workbook-import-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = upload.read(buffer)) >= 0; ) {
                total += read;
                if (total > maxBytes()) {
                    throw new InvalidInputException("file", "import.fileTooBig", maxSize.toMegabytes());
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /**
     * Imports a file received by {@link #receive} on a thread of its own, as the calling user of the calling tenant,
     * and deletes it afterwards. Refusals of the whole file come back as an {@link InvalidInputException}.
     */
    public CompletableFuture<ImportResult> start(Path file, Texts translate, Progress progress) {
        TenantCode tenant = TenantContext.current();
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(user);
            SecurityContextHolder.setContext(security);
            try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
                return importFrom(file, translate, progress);
            } catch (InvalidInputException refusal) {
                throw refusal;
            } catch (RuntimeException failure) {
                LOG.error("An import stopped: {}", kind(failure));
                throw failure;
            } finally {
                SecurityContextHolder.clearContext();
                delete(file);
            }
        }, threads.executor());
    }

    /** Imports a file here and now, within the same bounds. */
    public ImportResult importFrom(InputStream in, Texts translate) throws IOException {
        Path file = receive(in);
        try {
            return importFrom(file, translate, Progress.NONE);
        } finally {
            delete(file);
        }
    }

    private ImportResult importFrom(Path file, Texts translate, Progress progress) {
        CurrentUser.get(); // only a logged-in user's file is read at all
        Run<D> run = begin(translate);
        int total = countRows(file);
        try (Tally tally = new Tally(run, translate)) {
            List<ImportRow<D>> chunk = new ArrayList<>(CHUNK);
            WorkbookRows.read(file, columns().size(), acceptsCsv(), (number, cells) -> {
                ImportRow<D> row = new ImportRow<>(number, cells, run.blank());
                run.read(row);
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    tally.write(chunk);
                    chunk.clear();
                    progress.rowsRead(tally.read, total);
                }
            });
            tally.write(chunk);
            progress.rowsRead(tally.read, total);
            ImportResult result = new ImportResult(tally.added, tally.updated, tally.unchanged, tally.errors.size(),
                    tally.errors.bytes());
            run.finished(result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the file, counted before anything is written: a file over the cap is refused whole. */
    private int countRows(Path file) {
        int[] rows = {0};
        WorkbookRows.read(file, columns().size(), acceptsCsv(), (number, cells) -> {
            if (++rows[0] > maxRows) {
                throw new InvalidInputException("file", "import.tooManyRows", maxRows);
            }
        });
        return rows[0];
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the import file {}", file, e);
        }
    }

    /**
     * What kind of failure it was, for the log: the exception's and its root cause's classes and the SQL state, never
     * their messages, which may quote a row's personal data.
     */
    private static String kind(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return failure.getClass().getName() + " caused by " + cause.getClass().getName()
                + (cause instanceof SQLException sql ? ", SQL state " + sql.getSQLState() : "");
    }

    /** What an import did so far, and its rejected rows. */
    private final class Tally implements AutoCloseable {
        final Run<D> run;
        final ErrorWorkbook errors;
        int read;
        int added;
        int updated;
        int unchanged;

        Tally(Run<D> run, Texts translate) {
            this.run = run;
            this.errors = new ErrorWorkbook(translate, columns());
        }

        /** Checks a chunk, writes its good rows, and reports the others in the order of the file. */
        void write(List<ImportRow<D>> chunk) {
            read += chunk.size();
            List<ImportRow<D>> readWell = chunk.stream().filter(ImportRow::isValid).toList();
            List<ImportRow<D>> toWrite = readWell.isEmpty() ? List.of() : run.check(readWell);
            Set<ImportRow<D>> writing = Collections.newSetFromMap(new IdentityHashMap<>());
            writing.addAll(toWrite);
            unchanged += (int) readWell.stream().filter(r -> r.isValid() && !writing.contains(r)).count();
            writeAll(toWrite.stream().filter(ImportRow::isValid).toList());
            chunk.stream().filter(r -> !r.isValid()).sorted(Comparator.comparingInt(ImportRow::number))
                    .forEach(errors::add);
        }

        /** All rows in one transaction; when the database refuses that, row by row, so that only bad rows are left. */
        private void writeAll(List<ImportRow<D>> rows) {
            if (rows.isEmpty()) {
                return;
            }
            try {
                run.write(rows).forEach(this::count);
            } catch (AccessDeniedException denied) {
                throw denied;
            } catch (RuntimeException chunkRefused) {
                rows.forEach(this::writeAlone);
            }
        }

        private void writeAlone(ImportRow<D> row) {
            try {
                count(run.write(List.of(row)).getFirst());
            } catch (AccessDeniedException denied) {
                throw denied;
            } catch (InvalidInputException refusal) {
                row.refuse(refusal);
            } catch (RuntimeException refused) {
                if (run.writtenMeanwhile(row)) {
                    unchanged++;
                    return;
                }
                LOG.warn("Import row {} refused by the database: {}", row.number(), kind(refused));
                row.refuse(new InvalidInputException("row", "import.rowNotSaved"));
            }
        }

        private void count(Outcome outcome) {
            switch (outcome) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        @Override
        public void close() throws IOException {
            errors.close();
        }
    }
}
