package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportInput;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The base of an information officer's report form, made for a phone: one column, tall fields and buttons. It submits
 * a new report, or a returned one corrected, showing the reason it came back.
 */
abstract class ReportDialog extends FormDialog<OfficerReport> {

    private final transient OfficerReports reports;
    private final Paragraph returnedWhy = new Paragraph();
    private OfficerReport correcting;

    ReportDialog(OfficerReports reports, String titleKey) {
        super("submit-report");
        this.reports = reports;
        addClassName("gg-touch");
        setHeaderTitle(getTranslation(titleKey));
        save.setText(getTranslation("officerReport.submit"));
        returnedWhy.addClassName("gg-returned-why");
        returnedWhy.setId("returned-why");
        returnedWhy.setVisible(false);
        addWide(returnedWhy);
        reloadWith(() -> reports.find(correcting.getId()).ifPresent(this::correcting));
    }

    /** Opens the form on a report returned to its reporter, filled in as it was submitted. */
    ReportDialog correcting(OfficerReport report) {
        correcting = report;
        returnedWhy.setText(getTranslation("officerReport.returnedWhy", report.getDecidedBy(), report.getReason()));
        returnedWhy.setVisible(true);
        show(report);
        return this;
    }

    /** Fills the fields with what the report holds. */
    protected abstract void show(OfficerReport report);

    /** What was entered. */
    protected abstract ReportInput input();

    @Override
    protected OfficerReport write() {
        return correcting == null ? reports.report(input())
                : reports.correct(correcting.getId(), correcting.getVersion(), input());
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
