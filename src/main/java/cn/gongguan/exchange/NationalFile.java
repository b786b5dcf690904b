package cn.gongguan.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows of the national platform's file under the header of {@link NationalColumn}, every cell as text (an ID
 * number or a date must reach the platform as it was written, not as Excel would reformat it).
 */
final class NationalFile {

    /** The name of the workbook's sheet. */
    static final String SHEET = "全国流动人口信息交换";

    private NationalFile() {
    }

    static void write(NationalFormat format, List<List<String>> rows, OutputStream out) throws IOException {
        List<String> header = Arrays.stream(NationalColumn.values()).map(NationalColumn::header).toList();
        if (format == NationalFormat.CSV) {
            csv(header, rows, out);
        } else {
            xlsx(header, rows, out);
        }
    }

    private static void xlsx(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            line(sheet.createRow(0), header, text);
            for (int r = 0; r < rows.size(); r++) {
                line(sheet.createRow(r + 1), rows.get(r), text);
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
        }
    }

    private static void line(Row row, List<String> cells, CellStyle text) {
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellStyle(text);
            cell.setCellValue(cells.get(c));
        }
    }

    private static void csv(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        record(writer, header);
        for (List<String> row : rows) {
            record(writer, row);
        }
        writer.flush();
    }

    /** One record, CRLF-terminated; a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    private static void record(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String field = fields.get(i);
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                writer.write('"' + field.replace("\"", "\"\"") + '"');
            } else {
                writer.write(field);
            }
        }
        writer.write("\r\n");
    }
}
