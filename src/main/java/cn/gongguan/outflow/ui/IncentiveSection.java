package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.Incentive;
import cn.gongguan.outflow.Incentives;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.ui.PersonSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * An outflow person's incentives on their page (激励措施), after their trips: what the township gave them, and the
 * action that records another. The policy keeps incentives for on-time declarers: a late one is pointed out.
 */
@org.springframework.stereotype.Component
@Order(15)
class IncentiveSection implements PersonSection {

    private final Incentives incentives;
    private final Today today;

    IncentiveSection(Incentives incentives, Today today) {
        this.incentives = incentives;
        this.today = today;
    }

    @Override
    public Optional<Component> create(Person person, Runnable changed) {
        if (!Incentives.mayGive() || person.getFlowType() != FlowType.OUTFLOW
                || !TenantContext.current().value().equals(person.getRegistrationPlace())) {
            return Optional.empty();
        }
        List<Incentive> given = incentives.of(person.getId());
        Div section = new Div();
        section.setId("incentives");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("incentive.title")));
        if (incentives.declaredLate(person.getId())) {
            Paragraph late = new Paragraph(section.getTranslation("incentive.lateHint"));
            late.setId("incentive-late-hint");
            late.getElement().getThemeList().add("badge warning");
            section.add(late);
        }
        if (given.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("incentive.none")));
        }
        given.forEach(incentive -> section.add(row(incentive)));
        Button give = new Button(section.getTranslation("incentive.give"), e -> {
            IncentiveDialog dialog = new IncentiveDialog(incentives, today, person);
            dialog.addSavedListener(saved -> changed.run());
            dialog.open();
        });
        give.setId("give-incentive");
        give.addThemeVariants(ButtonVariant.LUMO_SMALL);
        section.add(give);
        return Optional.of(section);
    }

    private static Component row(Incentive incentive) {
        HorizontalLayout row = new HorizontalLayout();
        String amount = incentive.getAmount() == null ? ""
                : " " + row.getTranslation("incentive.amountOf", incentive.getAmount().toPlainString());
        row.add(new Span(incentive.getDay() + " " + row.getTranslation(incentive.getKind().labelKey()) + amount));
        if (incentive.getNote() != null) {
            Span note = new Span(incentive.getNote());
            note.addClassName("gg-muted");
            row.add(note);
        }
        Span by = new Span(incentive.getCreatedBy());
        by.addClassName("gg-muted");
        row.add(by);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("gg-incentive-row");
        return row;
    }
}
