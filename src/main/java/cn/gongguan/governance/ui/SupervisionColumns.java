package cn.gongguan.governance.ui;

import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** The columns of a list of supervision visits, the same for the county and the township. */
final class SupervisionColumns {

    /** The column of the day the township answered (the database's time of the answer). */
    static final String ANSWERED_ON = "answeredOn";

    private SupervisionColumns() {
    }

    static void add(Grid<SupervisionVisit> grid, LocalDate today) {
        grid.addColumn(visit -> Formats.date(visit.visitedOn()))
                .setHeader(grid.getTranslation("governance.supervision.visitedOn")).setAutoWidth(true);
        grid.addColumn(SupervisionVisit::findings).setHeader(grid.getTranslation("governance.supervision.findings"));
        grid.addColumn(SupervisionVisit::rectification)
                .setHeader(grid.getTranslation("governance.supervision.rectification"));
        grid.addColumn(visit -> Formats.date(visit.rectifyBy()))
                .setHeader(grid.getTranslation("governance.supervision.rectifyBy")).setAutoWidth(true);
        grid.addComponentColumn(visit -> state(grid, visit, today)).setHeader(grid.getTranslation("governance.state"))
                .setAutoWidth(true);
        grid.addColumn(SupervisionVisit::rectified).setHeader(grid.getTranslation("governance.supervision.rectified"));
        grid.addColumn(visit -> Formats.date(visit.answeredAt())).setKey(ANSWERED_ON)
                .setHeader(grid.getTranslation("governance.supervision.answeredOn")).setAutoWidth(true);
    }

    /** The state of a visit: rectified on a day, open, or open past its day. */
    private static Span state(Grid<?> grid, SupervisionVisit visit, LocalDate today) {
        Span state;
        if (!visit.isOpen()) {
            state = new Span(grid.getTranslation("governance.supervision.rectifiedOnDay",
                    Formats.date(visit.rectifiedOn())));
            state.getElement().getThemeList().add("badge success");
        } else if (visit.isOverdue(today)) {
            state = new Span(grid.getTranslation("governance.supervision.overdue"));
            state.getElement().getThemeList().add("badge error");
        } else {
            state = new Span(grid.getTranslation("governance.supervision.open"));
            state.getElement().getThemeList().add("badge");
        }
        return state;
    }
}
