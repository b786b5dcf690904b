package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards.Board;
import cn.gongguan.dashboard.Dashboards.State;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.dashboard.Figure;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A board as a table: the scope's own total first, then its units most behind first, each with its state, its late
 * items and every figure. A unit that opens a board of its own is opened by a click on its row. On a phone the table
 * scrolls sideways with the unit's name kept in view.
 */
class BoardGrid extends Grid<Unit> {

    private Board board;

    BoardGrid(Predicate<Unit> opens, Consumer<Unit> open) {
        setId("dashboard-grid");
        addClassName("gg-board-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        setAllRowsVisible(true);
        addColumn(this::name).setHeader(getTranslation("dashboard.column.unit")).setKey("unit")
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(unit -> getTranslation(unit.kind().labelKey())).setHeader(getTranslation("dashboard.column.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::badge).setHeader(getTranslation("dashboard.column.state")).setKey("state")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(FigureText::late).setHeader(getTranslation("dashboard.column.late")).setKey("late")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        for (Figure figure : Figure.values()) {
            addColumn(unit -> FigureText.of(unit, figure)).setHeader(getTranslation(figure.labelKey()))
                    .setKey(figure.name()).setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0)
                    .setTooltipGenerator(unit -> FigureText.tip(unit, figure, this::getTranslation));
        }
        setPartNameGenerator(unit -> isScope(unit) ? "gg-board-scope" : opens.test(unit) ? "gg-board-opens" : null);
        addItemClickListener(click -> {
            if (!isScope(click.getItem()) && opens.test(click.getItem())) {
                open.accept(click.getItem());
            }
        });
    }

    void show(Board board) {
        this.board = board;
        List<Unit> rows = new ArrayList<>();
        rows.add(board.scope());
        rows.addAll(board.units());
        setItems(rows);
    }

    private boolean isScope(Unit unit) {
        return board != null && unit == board.scope();
    }

    private String name(Unit unit) {
        return isScope(unit) ? getTranslation("dashboard.total", unit.name()) : unit.name();
    }

    /** The unit's state; a counted unit's is plain, a stale or missing one's says why on hover. */
    Span badge(Unit unit) {
        return badge(unit.state(), this::getTranslation);
    }

    static Span badge(State state, cn.gongguan.platform.Texts texts) {
        Span badge = new Span(texts.get(state.labelKey()));
        badge.addClassName("gg-board-state");
        badge.getElement().getThemeList().add("badge small " + switch (state) {
            case COUNTED -> "success";
            case STALE -> "warning";
            case MISSING -> "contrast";
        });
        if (state != State.COUNTED) {
            badge.setTitle(texts.get(state.labelKey() + ".tip"));
        }
        return badge;
    }
}
