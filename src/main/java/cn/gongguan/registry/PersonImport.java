package cn.gongguan.registry;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * Imports persons from the registry's Excel template. Every valid row is registered and every invalid one returned
 * in an annotated workbook, its wrong cell marked with the reason; a person already registered is left as it is, so
 * running the same file twice registers nobody twice; the valid rows are written in one transaction, so a failure
 * midway leaves nothing half-written.
 */
@Service
public class PersonImport {

    private final PersonRegistry registry;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;

    PersonImport(PersonRegistry registry, OrgUnits orgUnits, AuditTrail audit) {
        this.registry = registry;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    /** The empty template: one header row in the user's language, in the order the import reads. */
    public void writeTemplate(Texts translate, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(translate.get("nav.registry"));
            Row header = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(translate.get(column.labelKey()));
                sheet.setColumnWidth(column.ordinal(), 18 * 256);
            }
            workbook.write(out);
        }
    }

    public ImportResult importFrom(InputStream in, Texts translate) throws IOException {
        List<ParsedRow> rows = read(in, translate);
        Set<String> registered = registry.registered(rows.stream()
                .map(r -> r.details.getIdNumber()).filter(id -> id != null).map(String::toUpperCase).toList());
        Map<String, Integer> seenInFile = new LinkedHashMap<>();
        List<PersonDetails> valid = new ArrayList<>();
        List<ParsedRow> rejected = new ArrayList<>();
        int alreadyRegistered = 0;
        for (ParsedRow row : rows) {
            if (row.problem == null) {
                try {
                    String id = registry.validate(row.details).value();
                    if (registered.contains(id)) {
                        alreadyRegistered++;
                        continue;
                    }
                    Integer earlier = seenInFile.putIfAbsent(id, row.number);
                    if (earlier != null) {
                        row.problem = new InvalidInputException("idNumber", "import.repeatedInFile", earlier);
                    } else {
                        row.details.setIdNumber(id);
                        valid.add(row.details);
                    }
                } catch (InvalidInputException refusal) {
                    row.problem = refusal;
                }
            }
            if (row.problem != null) {
                rejected.add(row);
            }
        }
        registry.registerAll(valid);
        audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.PERSONS_IMPORTED, "persons",
                valid.size() + " imported, " + alreadyRegistered + " already registered, " + rejected.size() + " rejected",
                null);
        return new ImportResult(valid.size(), alreadyRegistered, rejected.size(),
                rejected.isEmpty() ? null : annotated(rejected, translate));
    }

    private List<ParsedRow> read(InputStream in, Texts translate) throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        for (OrgUnit unit : orgUnits.active()) {
            units.put(unit.getName(), unit.getCode());
            units.put(unit.getCode(), unit.getCode());
        }
        DataFormatter formatter = new DataFormatter();
        List<ParsedRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || isBlank(row, formatter)) {
                    continue;
                }
                ParsedRow parsed = new ParsedRow(row.getRowNum() + 1);
                for (ImportColumn column : ImportColumn.values()) {
                    Cell cell = row.getCell(column.ordinal());
                    parsed.values.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    if (parsed.problem == null) {
                        try {
                            column.apply(parsed.details, cell, formatter, translate, units);
                        } catch (InvalidInputException refusal) {
                            parsed.problem = refusal;
                        }
                    }
                }
                rows.add(parsed);
            }
        }
        return rows;
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The rejected rows as entered, the wrong cell filled red with the reason as a comment and in a last column. */
    private static byte[] annotated(List<ParsedRow> rejected, Texts translate) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(translate.get("import.errors"));
            CellStyle wrong = workbook.createCellStyle();
            wrong.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            wrong.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Row header = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(translate.get(column.labelKey()));
            }
            int reasonColumn = ImportColumn.values().length;
            header.createCell(reasonColumn).setCellValue(translate.get("import.reason"));
            header.createCell(reasonColumn + 1).setCellValue(translate.get("import.row"));
            int index = 1;
            for (ParsedRow row : rejected) {
                Row line = sheet.createRow(index++);
                for (int i = 0; i < row.values.size(); i++) {
                    line.createCell(i).setCellValue(row.values.get(i));
                }
                String reason = translate.get(row.problem.messageKey(), row.problem.arguments());
                line.createCell(reasonColumn).setCellValue(reason);
                line.createCell(reasonColumn + 1).setCellValue(row.number);
                ImportColumn column = ImportColumn.forField(row.problem.field());
                if (column != null) {
                    Cell cell = line.getCell(column.ordinal());
                    cell.setCellStyle(wrong);
                    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                    anchor.setCol1(column.ordinal());
                    anchor.setCol2(column.ordinal() + 3);
                    anchor.setRow1(line.getRowNum());
                    anchor.setRow2(line.getRowNum() + 3);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(workbook.getCreationHelper().createRichTextString(reason));
                    cell.setCellComment(comment);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final class ParsedRow {
        final int number;
        final PersonDetails details = new PersonDetails();
        final List<String> values = new ArrayList<>();
        InvalidInputException problem;

        ParsedRow(int number) {
            this.number = number;
        }
    }
}
