package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportLimits;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * An officer's report as the village station or the township reads it: what it says and who sent it, with the way on
 * (the station forwards it, the township accepts it) or back to the reporter with a reason. A report the township
 * could not accept shows why it was refused.
 */
class ReviewDialog extends FormDialog<OfficerReport> {

    /** Where the report is read. */
    enum Desk { STATION, TOWNSHIP }

    final TextArea reason = area(ReportLimits.REASON, "officerReport.reason");
    final Button sendBack = new Button();
    private final Div details = new Div();
    private final Paragraph reported = new Paragraph();
    private final Paragraph refusal = new Paragraph();
    private final transient OfficerReports reports;
    private final transient ReportSummary summary;
    private final Desk desk;
    private OfficerReport report;

    ReviewDialog(OfficerReports reports, ReportSummary summary, Desk desk, OfficerReport report) {
        super(desk == Desk.STATION ? "forward-report" : "accept-report");
        this.reports = reports;
        this.summary = summary;
        this.desk = desk;
        addClassName("gg-touch");
        save.setText(getTranslation(desk == Desk.STATION ? "officerReport.forward" : "officerReport.accept"));
        reported.addClassName("gg-muted");
        refusal.addClassName("gg-report-refusal");
        refusal.setId("report-refusal");
        reason.setId("report-reason");
        reason.setHelperText(getTranslation("officerReport.reason.help"));
        sendBack.setText(getTranslation("officerReport.sendBack"));
        sendBack.setId("send-back-report");
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(e -> save(() -> reports.sendBack(this.report.getId(), this.report.getVersion(),
                reason.getValue())));
        getFooter().addComponentAsFirst(sendBack);
        addWide(details);
        addWide(reported);
        addWide(refusal);
        addWide(reason);
        reloadWith(() -> reports.find(this.report.getId()).ifPresent(this::show));
        show(report);
    }

    private void show(OfficerReport shown) {
        this.report = shown;
        setHeaderTitle(getTranslation("officerReport.title", getTranslation(shown.getKind().labelKey()),
                shown.personName()));
        details.removeAll();
        details.add(summary.details(shown));
        reported.setText(summary.reported(shown, getLocale(), this));
        String refused = ReportSummary.refusal(shown, this);
        refusal.setText(refused == null ? "" : refused);
        refusal.setVisible(refused != null);
    }

    /** A report already decided on: read only. */
    void readOnly() {
        viewOnly();
        sendBack.setVisible(false);
        reason.setVisible(false);
    }

    @Override
    protected OfficerReport write() {
        return desk == Desk.STATION
                ? reports.forward(Map.of(report.getId(), report.getVersion())).getFirst()
                : reports.accept(report.getId(), report.getVersion());
    }
}
