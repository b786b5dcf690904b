package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.sixones.SixOne;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One of a person's six ones: its name, whether it is done (or overdue), what is recorded, and its actions. */
class SixOneCard extends Div {

    enum State { DONE, OPEN, OVERDUE }

    final Span state = new Span();
    private final Div body = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();

    SixOneCard(SixOne one, State current, String stateText) {
        addClassNames("gg-step", "gg-step-" + current.name().toLowerCase());
        setId("six-one-" + one.name().toLowerCase());
        state.setText(stateText);
        state.getElement().getThemeList().add(switch (current) {
            case DONE -> "badge success";
            case OPEN -> "badge contrast";
            case OVERDUE -> "badge error primary";
        });
        H4 title = new H4((one.ordinal() + 1) + ". " + getTranslation(one.labelKey()));
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.setWrap(true);
        body.addClassName("gg-step-body");
        actions.setWrap(true);
        add(header, body, actions);
    }

    SixOneCard body(Component... content) {
        body.add(content);
        return this;
    }

    SixOneCard actions(Component... buttons) {
        actions.add(buttons);
        return this;
    }
}
