package cn.gongguan.workbook;

import cn.gongguan.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads comma-separated values (RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes) as
 * {@link WorkbookRows} reads a sheet: the first record is the header, blank records are skipped, each record is handed
 * on with its number as a spreadsheet would show it. The text is UTF-8 (a byte-order mark is skipped) or, when it is
 * not valid UTF-8, GB18030 — what Chinese Excel writes when it saves "CSV". Read as a stream, a record at a time.
 */
final class CsvRows {

    /** The most characters one record may hold: a file without line breaks is not a list of rows. */
    static final int MAX_RECORD_CHARS = 1_000_000;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvRows() {
    }

    static void read(Path file, int columns, WorkbookRows.RowHandler handler) {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            List<String> record = new ArrayList<>();
            int number = 0;
            while (next(in, record, number == 0)) {
                number++;
                List<String> cells = new ArrayList<>(Collections.nCopies(columns, ""));
                boolean blank = true;
                for (int i = 0; i < Math.min(columns, record.size()); i++) {
                    String text = record.get(i).strip();
                    cells.set(i, text);
                    blank &= text.isEmpty();
                }
                if (number > 1 && !blank) {
                    handler.row(number, List.copyOf(cells));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "import.notWorkbookOrCsv");
        }
    }

    /** Whether the whole file decodes as UTF-8, checked as a stream before any row is read. */
    private static boolean isUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (in.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new InvalidInputException("file", "import.notWorkbookOrCsv");
        }
    }

    /** Reads the next record's fields into {@code record}; false at the end of the file. */
    private static boolean next(Reader in, List<String> record, boolean first) throws IOException {
        record.clear();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int length = 0;
        for (int c = in.read(); ; c = in.read()) {
            if (first && c == '\uFEFF' && !any) {
                first = false;
                continue;
            }
            if (c < 0) {
                if (any) {
                    record.add(field.toString());
                }
                return any;
            }
            any = true;
            if (++length > MAX_RECORD_CHARS || c == 0) {
                throw new InvalidInputException("file", "import.notWorkbookOrCsv");
            }
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        field.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                record.add(field.toString());
                return true;
            } else {
                field.append((char) c);
            }
        }
    }
}
