package cn.gongguan.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * One item of a person's checklist (a step of the five-step method, one of the six ones): its title, whether it is
 * done, open or overdue, what was done, and its actions.
 */
public class ChecklistCard extends Div {

    public enum State { DONE, OPEN, OVERDUE }

    /** The state as the user reads it (done on … by …, open, overdue because …); public for tests. */
    public final Span state = new Span();
    private final Div body = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();

    public ChecklistCard(String id, Component title, State current, String stateText) {
        addClassNames("gg-step", "gg-step-" + current.name().toLowerCase());
        setId(id);
        state.setText(stateText);
        state.getElement().getThemeList().add(switch (current) {
            case DONE -> "badge success";
            case OPEN -> "badge contrast";
            case OVERDUE -> "badge error primary";
        });
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.setWrap(true);
        body.addClassName("gg-step-body");
        actions.setWrap(true);
        add(header, body, actions);
    }

    public ChecklistCard body(Component... content) {
        body.add(content);
        return this;
    }

    public ChecklistCard actions(Component... buttons) {
        actions.add(buttons);
        return this;
    }
}
