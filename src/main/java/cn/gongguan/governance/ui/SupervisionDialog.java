package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceLimits;
import cn.gongguan.governance.SupervisionDetails;
import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** The county records a supervision visit (督导检查) of a township: findings, and the rectification asked by a day. */
class SupervisionDialog extends FormDialog<SupervisionVisit> {

    /** The default time a township is given to rectify. */
    private static final int RECTIFY_DAYS = 30;

    final DatePicker visitedOn = required(SupervisionVisits.VISITED_ON, new DatePicker());
    final TextArea findings = area(GovernanceLimits.FINDINGS, "governance.supervision.findings");
    final TextArea rectification = area(GovernanceLimits.RECTIFICATION, "governance.supervision.rectification");
    final DatePicker rectifyBy = required(SupervisionVisits.RECTIFY_BY, new DatePicker());
    private final transient SupervisionVisits visits;
    private final Tenant township;

    SupervisionDialog(SupervisionVisits visits, Tenant township, LocalDate today) {
        super("save-supervision");
        this.visits = visits;
        this.township = township;
        setHeaderTitle(getTranslation("governance.supervision.record.title", township.name()));
        visitedOn.setLabel(getTranslation("governance.supervision.visitedOn"));
        visitedOn.setId("supervision-visited-on");
        visitedOn.setValue(today);
        visitedOn.setMax(today);
        rectifyBy.setLabel(getTranslation("governance.supervision.rectifyBy"));
        rectifyBy.setId("supervision-rectify-by");
        rectifyBy.setValue(today.plusDays(RECTIFY_DAYS));
        addFields(visitedOn, rectifyBy);
        addWide(findings);
        addWide(rectification);
    }

    @Override
    protected SupervisionVisit write() {
        return visits.record(township.code(), new SupervisionDetails(visitedOn.getValue(), findings.getValue(),
                rectification.getValue(), rectifyBy.getValue()));
    }
}
