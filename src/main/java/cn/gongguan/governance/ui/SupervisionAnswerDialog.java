package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceLimits;
import cn.gongguan.governance.SupervisionAnswer;
import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** The township answers a supervision visit: what it rectified, and the day it was done. */
class SupervisionAnswerDialog extends FormDialog<SupervisionVisit> {

    final TextArea rectified = area(GovernanceLimits.RECTIFIED, "governance.supervision.rectified");
    final DatePicker rectifiedOn = required(SupervisionVisits.RECTIFIED_ON, new DatePicker());
    private final transient SupervisionVisits visits;
    private final SupervisionVisit visit;

    SupervisionAnswerDialog(SupervisionVisits visits, SupervisionVisit visit, LocalDate today) {
        super("save-supervision-answer");
        this.visits = visits;
        this.visit = visit;
        setHeaderTitle(getTranslation("governance.supervision.answer.title", visit.visitedOn().toString()));
        Paragraph asked = new Paragraph(getTranslation("governance.supervision.asked", visit.rectification(),
                visit.rectifyBy().toString()));
        asked.addClassName("gg-muted");
        rectified.setRequiredIndicatorVisible(true);
        rectifiedOn.setLabel(getTranslation("governance.supervision.rectifiedOn"));
        rectifiedOn.setId("supervision-rectified-on");
        rectifiedOn.setValue(visit.rectifiedOn() == null ? today : visit.rectifiedOn());
        rectifiedOn.setMin(visit.visitedOn());
        rectifiedOn.setMax(today);
        if (visit.rectified() != null) {
            rectified.setValue(visit.rectified());
        }
        addWide(asked);
        addWide(rectified);
        addFields(rectifiedOn);
    }

    @Override
    protected SupervisionVisit write() {
        return visits.answer(visit.id(), visit.answeredAt(), new SupervisionAnswer(rectified.getValue(),
                rectifiedOn.getValue()));
    }
}
