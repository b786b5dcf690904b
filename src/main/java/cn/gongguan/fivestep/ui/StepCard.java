package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One step of a person's checklist: its name, whether it is done (or overdue), what was done, and its actions. */
class StepCard extends Div {

    enum State { DONE, OPEN, OVERDUE }

    final Span state = new Span();
    private final Div body = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();

    StepCard(Step step, State current, String stateText) {
        addClassNames("gg-step", "gg-step-" + current.name().toLowerCase());
        setId("step-" + step.name().toLowerCase());
        state.setText(stateText);
        state.getElement().getThemeList().add(switch (current) {
            case DONE -> "badge success";
            case OPEN -> "badge contrast";
            case OVERDUE -> "badge error primary";
        });
        H3 title = new H3(getTranslation(step.labelKey()) + " · " + getTranslation("step.purpose." + step.name()));
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.setWrap(true);
        body.addClassName("gg-step-body");
        actions.setWrap(true);
        add(header, body, actions);
    }

    StepCard body(Component... content) {
        body.add(content);
        return this;
    }

    StepCard actions(Component... buttons) {
        actions.add(buttons);
        return this;
    }
}
