package cn.gongguan.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files of the national platform as tests write and read them. */
final class NationalFiles {

    private NationalFiles() {
    }

    /** A row with these cells, the others empty. */
    static List<String> row(Map<NationalColumn, String> cells) {
        List<String> row = new ArrayList<>(Collections.nCopies(NationalColumn.values().length, ""));
        cells.forEach((column, text) -> row.set(column.ordinal(), text));
        return row;
    }

    /** A file's row as a map, for changing a few cells of it. */
    static Map<NationalColumn, String> cells(List<String> row) {
        Map<NationalColumn, String> cells = new EnumMap<>(NationalColumn.class);
        for (NationalColumn column : NationalColumn.values()) {
            cells.put(column, row.get(column.ordinal()));
        }
        return cells;
    }

    static byte[] write(NationalFormat format, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationalFile.write(format, rows, out);
        return out.toByteArray();
    }

    /** The rows of an XLSX file, header included. */
    static List<List<String>> read(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < NationalColumn.values().length; c++) {
                    cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
