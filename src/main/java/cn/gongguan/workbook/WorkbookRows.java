package cn.gongguan.workbook;

import cn.gongguan.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel (OOXML) workbook as a stream of rows: the sheet is parsed event by event and never
 * held in memory as a whole, so what a row costs is freed before the next is read. Only the shared strings table (the
 * file's distinct texts) is held, and it is bounded by the file size and the limits below. Anything that is not an
 * OOXML workbook, and a file that inflates far beyond its size (a zip bomb), is refused with a message for the user.
 */
final class WorkbookRows {

    /** The most a file's entry may inflate: an honest sheet compresses some 10 to 20 times, a zip bomb thousands. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest entry (e.g. the sheet's XML) read: 50,000 rows of the template take some 40 MB. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    static {
        // Process-wide settings of POI, set before any file is opened.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    /** Receives the rows with any text in them, in order. */
    @FunctionalInterface
    interface RowHandler {
        /**
         * @param number the row's number as Excel shows it (the header is row 1)
         * @param cells  the formatted, stripped text of the first {@code columns} cells, "" where empty
         */
        void row(int number, List<String> cells);
    }

    private WorkbookRows() {
    }

    /**
     * Reads every row after the header; an exception thrown by the handler stops reading and is thrown as it is.
     *
     * @param csv whether a text file is read too, as comma-separated values ({@link CsvRows})
     */
    static void read(Path file, int columns, boolean csv, RowHandler handler) {
        if (csv && magic(file) == FileMagic.UNKNOWN) {
            CsvRows.read(file, columns, handler);
            return;
        }
        checkIsWorkbook(file, csv);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable texts = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("file", "import.notWorkbook");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), texts,
                        new Rows(columns, handler), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (HandlerFailure failure) {
            throw failure.getCause();
        } catch (InvalidInputException refusal) {
            throw refusal;
        } catch (Exception | LinkageError unreadable) {
            throw new InvalidInputException("file", isZipBomb(unreadable) ? "import.zipBomb" : "import.notWorkbook");
        }
    }

    /** An old binary Excel file, or a text file renamed, is refused by its first bytes, before any parsing. */
    private static void checkIsWorkbook(Path file, boolean csv) {
        FileMagic magic = magic(file);
        if (magic == FileMagic.OLE2) {
            throw new InvalidInputException("file", "import.oldExcel");
        }
        if (magic != FileMagic.OOXML) {
            throw new InvalidInputException("file", csv ? "import.notWorkbookOrCsv" : "import.notWorkbook");
        }
    }

    /** What the file's first bytes say it is; a text file is {@link FileMagic#UNKNOWN}. */
    private static FileMagic magic(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** POI says so only in its message: the limits set above are the ones it names. */
    private static boolean isZipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("potentially malicious")) {
                return true;
            }
        }
        return false;
    }

    /** Collects each row's cells and hands the row on; the header row and blank rows are skipped. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int columns;
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private boolean blank;

        Rows(int columns, RowHandler handler) {
            this.columns = columns;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            cells.addAll(Collections.nCopies(columns, ""));
            blank = true;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            String text = formattedValue == null ? "" : formattedValue.strip();
            if (column < columns && !text.isEmpty()) {
                cells.set(column, text);
                blank = false;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0 || blank) {
                return;
            }
            try {
                handler.row(rowNum + 1, List.copyOf(cells));
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
        }
    }

    /** Carries the handler's own exception through the parser, so it is not taken for an unreadable file. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Dates as 2026-11-28, whatever the cell's display format: the import reads that form. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
