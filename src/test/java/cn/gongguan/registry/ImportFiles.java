package cn.gongguan.registry;

import cn.gongguan.platform.Texts;
import cn.gongguan.workbook.WorkbookImport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files as a user fills in the registry's own template. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** The template in the language of {@code texts}, with these rows of cell texts below its header. */
    public static byte[] workbook(WorkbookImport<?> anImport, Texts texts, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        anImport.writeTemplate(texts, template);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The workbook with its sheet padded by {@code spaces} blanks between two elements: still valid XML, and a zip
     * entry that inflates to thousands of times its compressed size, as a zip bomb does.
     */
    public static byte[] inflated(byte[] workbook, int spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = content.replace("<sheetData>", "<sheetData>" + " ".repeat(spaces));
                }
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** One person's row as a user types it: the template's columns in order, choices by their labels. */
    public static List<String> row(PersonDetails person, Texts texts) {
        List<String> cells = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            cells.add(switch (column) {
                case NAME -> person.getName();
                case ID_NUMBER -> person.getIdNumber();
                case PHONE -> text(person.getPhone());
                case REGISTRATION_PLACE -> person.getRegistrationPlace();
                case ORG_UNIT -> text(person.getOrgUnit());
                case ADDRESS -> text(person.getAddress());
                case ARRIVAL_DATE -> date(person.getArrivalDate());
                case FLOW_TYPE -> texts.get(person.getFlowType().labelKey());
                case MARITAL_STATUS -> texts.get(person.getMaritalStatus().labelKey());
                case CHILDREN -> String.valueOf(person.getChildren());
                case EMPLOYER -> text(person.getEmployer());
                case CERTIFICATE_NUMBER -> text(person.getCertificateNumber());
                case CERTIFICATE_PLACE -> text(person.getCertificatePlace());
                case CERTIFICATE_VALID_UNTIL -> date(person.getCertificateValidUntil());
                case CERTIFICATE_CHECKED -> texts.get(person.isCertificateChecked() ? "import.yes" : "import.no");
            });
        }
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
