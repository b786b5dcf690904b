package cn.gongguan.governance.ui;

import cn.gongguan.governance.FindingCounts;
import cn.gongguan.governance.JointOperations.Progress;
import cn.gongguan.governance.JointOperations.TownshipProgress;
import cn.gongguan.governance.OperationTask;
import cn.gongguan.platform.Texts;
import cn.gongguan.uikit.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A joint operation's closing report as an Excel workbook: its title, period and summary, the headers, the totals
 * and one row per township (state, locations done and assigned, the five counts, when it submitted, why rework was
 * asked). Counts only: no person is named in it. The printed report ({@link OperationReportPrintView}) shows the
 * same table.
 */
class OperationReportWorkbook {

    /** The row of the column headers; the totals follow it, then the townships. */
    static final int HEADER_ROW = 3;
    /** The headers of the per-township table, shared with the printed report. */
    static final List<String> HEADERS = List.of("operation.township", "operation.task.state", "operation.locationsDone",
            "operation.locationsTotal", "operation.personsChecked", "operation.personsRegistered",
            "operation.withoutCertificate", "operation.referred", "operation.housesFound", "operation.submittedAt",
            "operation.reworkReason");

    private final Texts texts;
    private final Locale locale;

    OperationReportWorkbook(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    void write(Progress progress, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(texts.get("operation.report"));
            sheet.createRow(0).createCell(0).setCellValue(progress.operation().title() + " · "
                    + OperationLabels.period(progress.operation()));
            sheet.createRow(1).createCell(0).setCellValue(texts.get("operation.summary") + "："
                    + (progress.operation().summary() == null ? "" : progress.operation().summary()));
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(texts.get(HEADERS.get(i)));
            }
            int next = HEADER_ROW + 1;
            write(sheet.createRow(next++), totals(texts, progress));
            for (TownshipProgress township : progress.townships()) {
                write(sheet.createRow(next++), row(texts, locale, township));
            }
            sheet.createFreezePane(1, HEADER_ROW + 1);
            sheet.setColumnWidth(0, 18 * 256);
            workbook.write(out);
        }
    }

    /** Text cells as text, counts as numbers. */
    private static void write(Row row, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Integer number) {
                row.createCell(i).setCellValue(number);
            } else {
                row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i).toString());
            }
        }
    }

    /** The totals row: all townships together. */
    static List<Object> totals(Texts texts, Progress progress) {
        List<Object> values = new ArrayList<>(List.of(texts.get("operation.total"),
                texts.get("operation.submittedOf", progress.submitted(), progress.townships().size()),
                progress.locationsDone(), progress.locationsTotal()));
        values.addAll(counts(progress.counts()));
        values.add("");
        values.add("");
        return values;
    }

    /** One township's row (a draft's target has no task yet: its counts are empty). */
    static List<Object> row(Texts texts, Locale locale, TownshipProgress township) {
        OperationTask task = township.task();
        if (task == null) {
            List<Object> empty = new ArrayList<>(List.of(township.name()));
            while (empty.size() < HEADERS.size()) {
                empty.add("");
            }
            return empty;
        }
        List<Object> values = new ArrayList<>(List.of(township.name(), texts.get(task.state().labelKey()),
                task.locationsDone(), task.locationsTotal()));
        values.addAll(counts(task.counts()));
        values.add(task.submittedAt() == null ? "" : Formats.dateTime(task.submittedAt(), locale));
        values.add(task.reworkReason() == null ? "" : task.reworkReason());
        return values;
    }

    private static List<Object> counts(FindingCounts counts) {
        return List.of(counts.personsChecked(), counts.personsRegistered(), counts.withoutCertificate(),
                counts.referred(), counts.housesFound());
    }
}
