package cn.gongguan.registry;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports persons from the registry's Excel template. Every good row is registered and every bad one returned in an
 * annotated workbook, each wrong cell marked with its reason; a person already registered is left as it is, so running
 * the same file twice registers nobody twice. No database error reaches the user: rows are written a chunk per
 * transaction, and a chunk the database refuses is written again row by row, each row that still fails reported at
 * that row. The file is read as a stream and bounded in bytes and rows, so the heap an import uses stays flat.
 */
@Service
public class PersonImport {

    /** Rows checked and written together: one lookup of registered ID numbers and one transaction per chunk. */
    static final int CHUNK = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(PersonImport.class);

    private final PersonRegistry registry;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final RegistrySettings settings;
    /** Long imports run here, off the request; two at a time, so that imports cannot take every database connection. */
    private final ExecutorService background = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("person-import-", 1).daemon().factory());

    PersonImport(PersonRegistry registry, OrgUnits orgUnits, AuditTrail audit, RegistrySettings settings) {
        this.registry = registry;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.settings = settings;
    }

    /** Reports how far an import has read. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (read, total) -> { };

        void rowsRead(int read, int total);
    }

    /** The largest file the server reads, in bytes. */
    public long maxBytes() {
        return settings.importMaxSize().toBytes();
    }

    /**
     * The empty template: one header row in the user's language, in the order the import reads, and a second sheet
     * that says what a file may hold.
     */
    public void writeTemplate(Texts translate, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(translate.get("nav.registry"));
            Row header = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(translate.get(column.labelKey()));
                sheet.setColumnWidth(column.ordinal(), 18 * 256);
            }
            Sheet notes = workbook.createSheet(translate.get("import.notes"));
            notes.createRow(0).createCell(0).setCellValue(translate.get("import.notes.limits",
                    settings.importMaxRows(), settings.importMaxSize().toMegabytes()));
            notes.createRow(1).createCell(0).setCellValue(translate.get("import.hint"));
            notes.setColumnWidth(0, 100 * 256);
            workbook.write(out);
        }
    }

    /**
     * Keeps an uploaded file for the import, reading at most {@link #maxBytes()}: a larger file is refused as soon as
     * it passes the limit, whatever the browser was told.
     */
    public Path receive(InputStream upload) throws IOException {
        Path file = Files.createTempFile("person-import-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = upload.read(buffer)) >= 0; ) {
                total += read;
                if (total > maxBytes()) {
                    throw new InvalidInputException("file", "import.fileTooBig", settings.importMaxSize().toMegabytes());
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
        }, background);
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

    ImportResult importFrom(Path file, Texts translate, Progress progress) {
        CurrentUser.get(); // only a logged-in user's file is read at all
        int total = countRows(file);
        Map<String, String> units = new LinkedHashMap<>();
        // a unit by its name as lists show it (a group's with its village's, as groups are often named alike) or code
        orgUnits.names().forEach((code, name) -> {
            units.put(name, code);
            units.put(code, code);
        });
        try (Run run = new Run(translate)) {
            List<ImportRow> chunk = new ArrayList<>(CHUNK);
            WorkbookRows.read(file, ImportColumn.values().length, (number, cells) -> {
                chunk.add(parse(number, cells, translate, units));
                if (chunk.size() == CHUNK) {
                    run.write(chunk);
                    chunk.clear();
                    progress.rowsRead(run.read, total);
                }
            });
            run.write(chunk);
            progress.rowsRead(run.read, total);
            audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.PERSONS_IMPORTED,
                    "persons", run.imported + " imported, " + run.alreadyRegistered + " already registered, "
                            + run.errors.size() + " rejected", null);
            return new ImportResult(run.imported, run.alreadyRegistered, run.errors.size(), run.errors.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the file, counted before anything is written: a file over the cap is refused whole. */
    private int countRows(Path file) {
        int[] rows = {0};
        WorkbookRows.read(file, ImportColumn.values().length, (number, cells) -> {
            if (++rows[0] > settings.importMaxRows()) {
                throw new InvalidInputException("file", "import.tooManyRows", settings.importMaxRows());
            }
        });
        return rows[0];
    }

    /** Reads every cell; each that cannot be read, or is too long, is one problem of the row. */
    private static ImportRow parse(int number, List<String> cells, Texts translate, Map<String, String> units) {
        ImportRow row = new ImportRow(number, cells);
        for (ImportColumn column : ImportColumn.values()) {
            try {
                column.apply(row.details, cells.get(column.ordinal()), translate, units);
            } catch (InvalidInputException refusal) {
                row.problems.add(refusal);
            }
        }
        return row;
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

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** One import under way: what it did so far, and its rejected rows. */
    private final class Run implements AutoCloseable {
        final ErrorWorkbook errors;
        /** The ID numbers of this file and the row each was first seen in: a second row with one is refused. */
        final Map<String, Integer> seenInFile = new HashMap<>();
        int read;
        int imported;
        int alreadyRegistered;

        Run(Texts translate) {
            errors = new ErrorWorkbook(translate);
        }

        /** Checks a chunk of rows as the registry would, registers the good ones, and reports the others. */
        void write(List<ImportRow> chunk) {
            read += chunk.size();
            Set<String> registered = registry.registered(chunk.stream().filter(ImportRow::isValid)
                    .map(r -> r.details.getIdNumber().toUpperCase()).toList());
            List<ImportRow> valid = new ArrayList<>();
            for (ImportRow row : chunk.stream().filter(ImportRow::isValid).toList()) {
                try {
                    String id = registry.validate(row.details).value();
                    if (registered.contains(id)) {
                        alreadyRegistered++;
                        continue;
                    }
                    Integer earlier = seenInFile.putIfAbsent(id, row.number);
                    if (earlier != null) {
                        row.problems.add(new InvalidInputException("idNumber", "import.repeatedInFile", earlier));
                    } else {
                        row.details.setIdNumber(id);
                        valid.add(row);
                    }
                } catch (InvalidInputException refusal) {
                    row.problems.add(refusal);
                }
            }
            register(valid);
            chunk.stream().filter(r -> !r.isValid()).sorted(Comparator.comparingInt(r -> r.number))
                    .forEach(errors::add);
        }

        /** All rows in one transaction; when the database refuses that, row by row, so that only bad rows are left. */
        private void register(List<ImportRow> valid) {
            try {
                registry.registerAll(valid.stream().map(r -> r.details).toList());
                imported += valid.size();
            } catch (AccessDeniedException denied) {
                throw denied;
            } catch (RuntimeException chunkRefused) {
                valid.forEach(this::registerAlone);
            }
        }

        private void registerAlone(ImportRow row) {
            try {
                registry.registerAll(List.of(row.details));
                imported++;
            } catch (AccessDeniedException denied) {
                throw denied;
            } catch (InvalidInputException refusal) {
                row.problems.add(refusal);
            } catch (RuntimeException refused) {
                // Registered meanwhile (the same file imported twice at once) is what it seems: already registered.
                if (registry.registered(List.of(row.details.getIdNumber())).contains(row.details.getIdNumber())) {
                    alreadyRegistered++;
                    return;
                }
                LOG.warn("Import row {} refused by the database: {}", row.number, kind(refused));
                row.problems.add(new InvalidInputException("row", "import.rowNotSaved"));
            }
        }

        @Override
        public void close() throws IOException {
            errors.close();
        }
    }
}
