package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceAccess;
import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.Today;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The county's supervision visits the township received; the administrator answers their rectification once. */
class SupervisionSection extends Div {

    static final String ANSWER = "answer";

    final Grid<SupervisionVisit> grid = new Grid<>();
    private final transient SupervisionVisits visits;
    private final transient Today today;

    SupervisionSection(SupervisionVisits visits, Today today) {
        this.visits = visits;
        this.today = today;
        setId("governance-supervision");
        grid.setId("governance-supervision-list");
        SupervisionColumns.add(grid, today.date());
        if (GovernanceAccess.keeps()) {
            grid.addComponentColumn(this::answer).setKey(ANSWER);
        }
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("governance.supervision.received")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(visits.received());
    }

    /** The answer button of an open visit; an answered one stands as answered (the database refuses a second). */
    private Component answer(SupervisionVisit visit) {
        if (!visit.isOpen()) {
            return new Span();
        }
        Button answer = new Button(getTranslation("governance.supervision.answer"), e -> {
            SupervisionAnswerDialog dialog = new SupervisionAnswerDialog(visits, visit, today.date());
            dialog.addSavedListener(saved -> refresh());
            dialog.open();
        });
        answer.setId("supervision-answer-" + visit.id());
        answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return answer;
    }
}
