package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards.Board;
import cn.gongguan.dashboard.Dashboards.State;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A board as the screen shows it, written to an Excel workbook: a title row (the unit and the month), the headers,
 * the scope's total and the units in the board's order with their state. Counts and late items are numbers, rates are
 * percentages; where the screen shows a dash (no figure), so does the workbook, never a zero. Aggregates only.
 */
class BoardWorkbook {

    /** The row of the column headers; the scope's total follows it, then the units. */
    static final int HEADER_ROW = 1;

    private final Texts texts;

    BoardWorkbook(Texts texts) {
        this.texts = texts;
    }

    void write(Board board, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(texts.get("nav.dashboard"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            sheet.createRow(0).createCell(0).setCellValue(
                    texts.get("dashboard.title", board.scope().name(), board.month().toString()));
            List<String> headers = new ArrayList<>(List.of(texts.get("dashboard.column.unit"),
                    texts.get("dashboard.column.kind"), texts.get("dashboard.column.state"),
                    texts.get("dashboard.column.late")));
            for (Figure figure : Figure.values()) {
                headers.add(texts.get(figure.labelKey()));
            }
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int next = HEADER_ROW + 1;
            unit(sheet.createRow(next++), board.scope(), texts.get("dashboard.total", board.scope().name()), percent);
            for (Unit unit : board.units()) {
                unit(sheet.createRow(next++), unit, unit.name(), percent);
            }
            sheet.createFreezePane(1, HEADER_ROW + 1);
            sheet.setColumnWidth(0, 18 * 256);
            workbook.write(out);
        }
    }

    private void unit(Row row, Unit unit, String name, CellStyle percent) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(texts.get(unit.kind().labelKey()));
        row.createCell(2).setCellValue(texts.get(unit.state().labelKey()));
        if (unit.state() == State.MISSING) {
            row.createCell(3).setCellValue(FigureText.NONE);
        } else {
            row.createCell(3).setCellValue(unit.late());
        }
        int column = 4;
        for (Figure figure : Figure.values()) {
            Cell cell = row.createCell(column++);
            Figure.Reading reading = unit.reading(figure);
            if (reading == null || (figure.kind() == Figure.Kind.RATE && reading.percent() == null)) {
                cell.setCellValue(FigureText.NONE);
            } else if (figure.kind() == Figure.Kind.RATE) {
                // the percentage the screen shows, rounded the same way
                cell.setCellValue(reading.percent() / 100.0);
                cell.setCellStyle(percent);
            } else {
                cell.setCellValue(reading.value());
            }
        }
    }
}
