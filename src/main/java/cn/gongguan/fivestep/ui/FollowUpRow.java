package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FollowUp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;

/** A follow-up in a person's checklist: kind, day, who, and either its result or the button that records it. */
final class FollowUpRow {

    private FollowUpRow() {
    }

    static HorizontalLayout of(FollowUp followUp, LocalDate today, Runnable complete) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("gg-follow-up");
        Span kind = new Span(row.getTranslation(followUp.getKind().labelKey()));
        kind.getElement().getThemeList().add("badge");
        Span plan = new Span(row.getTranslation("followUp.line", followUp.getDueOn().toString(), followUp.getAssignee(),
                followUp.getPlan()));
        row.add(kind, plan);
        if (followUp.isDone()) {
            Span result = new Span(row.getTranslation("followUp.doneLine", followUp.getDoneOn().toString(),
                    followUp.getResult()));
            result.addClassName("gg-muted");
            row.add(result);
        } else {
            if (followUp.isOverdue(today)) {
                Span overdue = new Span(row.getTranslation("followUp.overdue"));
                overdue.getElement().getThemeList().add("badge error primary");
                row.add(overdue);
            }
            Button done = new Button(row.getTranslation("followUp.complete"), e -> complete.run());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setId("complete-follow-up-" + followUp.getId());
            row.add(done);
        }
        return row;
    }
}
