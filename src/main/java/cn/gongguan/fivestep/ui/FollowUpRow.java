package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.SealedNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up in a person's checklist: kind, day, who, and either its outcome — with its sealed note behind a reason
 * for those who may open it, only its sign for the others — or the button that records it.
 */
final class FollowUpRow {

    private FollowUpRow() {
    }

    static HorizontalLayout of(FollowUp followUp, FollowUps followUps, LocalDate today, Runnable complete) {
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
            Span outcome = new Span(row.getTranslation("followUp.doneLine", followUp.getDoneOn().toString(),
                    row.getTranslation(followUp.getOutcome().labelKey())));
            outcome.addClassName("gg-muted");
            row.add(outcome);
            SealedNote.of(followUp.hasNote(), SensitiveReads.mayOpen(), "follow-up-note-" + followUp.getId(),
                    List.of(ReadReason.values()), reason -> followUps.openNote(followUp.getId(), reason))
                    .ifPresent(row::add);
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
