package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceLimits;
import cn.gongguan.governance.SupervisionAnswer;
import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/**
 * The township answers a supervision visit: what it rectified, and the day it was done. A visit is answered once: when
 * someone answered it meanwhile, reloading shows that answer and keeps what was typed here, with nothing left to save.
 */
class SupervisionAnswerDialog extends FormDialog<SupervisionVisit> {

    final TextArea rectified = area(GovernanceLimits.RECTIFIED, "governance.supervision.rectified");
    final DatePicker rectifiedOn = required(SupervisionVisits.RECTIFIED_ON, new DatePicker());
    /** The answer someone else gave meanwhile, once reloaded. */
    final Paragraph answeredMeanwhile = new Paragraph();
    private final transient SupervisionVisits visits;
    private final SupervisionVisit visit;

    SupervisionAnswerDialog(SupervisionVisits visits, SupervisionVisit visit, LocalDate today) {
        super("save-supervision-answer");
        this.visits = visits;
        this.visit = visit;
        setHeaderTitle(getTranslation("governance.supervision.answer.title",
                Formats.date(visit.visitedOn())));
        Paragraph asked = new Paragraph(getTranslation("governance.supervision.asked", visit.rectification(),
                Formats.date(visit.rectifyBy())));
        asked.addClassName("gg-muted");
        answeredMeanwhile.setId("supervision-answered-meanwhile");
        answeredMeanwhile.setVisible(false);
        rectified.setRequiredIndicatorVisible(true);
        rectifiedOn.setLabel(getTranslation("governance.supervision.rectifiedOn"));
        rectifiedOn.setId("supervision-rectified-on");
        rectifiedOn.setValue(today);
        rectifiedOn.setMin(visit.visitedOn());
        rectifiedOn.setMax(today);
        addWide(asked);
        addWide(answeredMeanwhile);
        addWide(rectified);
        addFields(rectifiedOn);
        reloadWith(() -> visits.received().stream().filter(v -> v.id() == visit.id() && !v.isOpen()).findFirst()
                .ifPresent(this::showAnswered));
    }

    /** The answer given meanwhile: it stands, so there is nothing to save; what was typed stays to be read. */
    private void showAnswered(SupervisionVisit answered) {
        answeredMeanwhile.setText(getTranslation("governance.supervision.answeredMeanwhile", answered.answeredBy(),
                Formats.date(answered.answeredAt()), answered.rectified()));
        answeredMeanwhile.setVisible(true);
        save.setVisible(false);
    }

    @Override
    protected SupervisionVisit write() {
        return visits.answer(visit.id(), new SupervisionAnswer(rectified.getValue(), rectifiedOn.getValue()));
    }
}
