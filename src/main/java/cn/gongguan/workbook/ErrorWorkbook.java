package cn.gongguan.workbook;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rejected rows of an import as they were entered, each wrong cell filled red with its reason as a comment, the
 * reasons and the original row number in two last columns. Written as the import goes (a streaming workbook keeps
 * only the last rows in memory), so a file with many wrong rows does not fill the heap either.
 */
final class ErrorWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 100;

    private final Texts translate;
    private final List<TemplateColumn> columns;
    private final int reasonColumn;
    /** Begun at the first rejected row: an import without one writes no workbook at all. */
    private SXSSFWorkbook workbook;
    private Sheet sheet;
    private CellStyle wrong;
    private Drawing<?> drawing;
    private int rows;

    ErrorWorkbook(Texts translate, List<TemplateColumn> columns) {
        this.translate = translate;
        this.columns = columns;
        this.reasonColumn = columns.size();
    }

    private void begin() {
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        sheet = workbook.createSheet(translate.get("import.errors"));
        wrong = workbook.createCellStyle();
        wrong.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        wrong.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        drawing = sheet.createDrawingPatriarch();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(translate.get(columns.get(i).labelKey()));
        }
        header.createCell(reasonColumn).setCellValue(translate.get("import.reason"));
        header.createCell(reasonColumn + 1).setCellValue(translate.get("import.row"));
    }

    int size() {
        return rows;
    }

    /** Appends a rejected row; rows are appended in the order of the file. */
    void add(ImportRow<?> row) {
        if (workbook == null) {
            begin();
        }
        Row line = sheet.createRow(++rows);
        for (int i = 0; i < row.cells().size(); i++) {
            line.createCell(i).setCellValue(row.cells().get(i));
        }
        for (InvalidInputException problem : row.problems()) {
            int column = columnOf(problem);
            if (column >= 0) {
                mark(line.getCell(column), message(problem));
            }
        }
        line.createCell(reasonColumn).setCellValue(reasons(row.problems()));
        line.createCell(reasonColumn + 1).setCellValue(row.number());
    }

    /** One reason as it is; several each after its column's name, so the user knows which cell it is about. */
    private String reasons(List<InvalidInputException> problems) {
        if (problems.size() == 1) {
            return message(problems.getFirst());
        }
        return problems.stream().map(problem -> {
            int column = columnOf(problem);
            return column < 0 ? message(problem)
                    : translate.get(columns.get(column).labelKey()) + ": " + message(problem);
        }).collect(Collectors.joining("; "));
    }

    /** The column a refusal names, or -1 when it names none of the template's columns (it is about the row). */
    private int columnOf(InvalidInputException problem) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(problem.field())) {
                return i;
            }
        }
        return -1;
    }

    private String message(InvalidInputException problem) {
        return translate.get(problem.messageKey(), problem.arguments());
    }

    private void mark(Cell cell, String reason) {
        cell.setCellStyle(wrong);
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(reason));
        cell.setCellComment(comment);
    }

    /** The workbook's bytes; null when no row was rejected. */
    byte[] bytes() {
        if (rows == 0) {
            return null;
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }
}
