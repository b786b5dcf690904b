package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.dashboard.Dashboards.Board;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.uikit.EnumSelect;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A dashboard's content, the county's and a township's alike: the month and the figure chosen, the board's table, the
 * charts, the export of what is shown and the printable page. A unit that opens a board of its own (a township or a
 * committee, for the county) opens it from its row or its bar, in the month chosen.
 */
class BoardPanel extends VerticalLayout {

    /** The figure the charts show first. */
    static final Figure CHARTED = Figure.VISIT;

    final Select<YearMonth> month = new Select<>();
    final EnumSelect<Figure> figure = new EnumSelect<>("dashboard.figure", Figure.values());
    final H2 title = new H2();
    final BoardGrid grid;
    final Anchor export = new Anchor();
    final Anchor print = new Anchor();
    final Paragraph hint = new Paragraph();
    final Div charts = new Div();

    private final transient Dashboards dashboards;
    private final BoardScope scope;
    private final Predicate<Unit> opens;
    private final Consumer<Unit> open;
    private Board board;
    private List<Unit> trend = List.of();

    BoardPanel(Dashboards dashboards, BoardScope scope, YearMonth current, Predicate<Unit> opens,
               BiConsumer<Unit, YearMonth> open) {
        this.dashboards = dashboards;
        this.scope = scope;
        this.opens = opens;
        setPadding(false);
        addClassName("gg-board");
        this.open = unit -> open.accept(unit, month.getValue());
        this.grid = new BoardGrid(opens, this.open);
        month.setId("dashboard-month");
        month.setLabel(getTranslation("dashboard.month"));
        month.setItems(months(current));
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(current);
        figure.setId("dashboard-figure");
        figure.setValue(CHARTED);
        export.setId("dashboard-export");
        export.add(new Button(getTranslation("dashboard.export"), VaadinIcon.DOWNLOAD.create()));
        export.setHref((DownloadHandler) event -> {
            event.setFileName("dashboard-" + board.scope().code() + "-" + board.month() + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            new BoardWorkbook(this::getTranslation).write(board, event.getOutputStream());
        });
        print.setId("dashboard-print");
        print.setTarget(AnchorTarget.BLANK);
        print.add(new Button(getTranslation("dashboard.print"), VaadinIcon.PRINT.create()));
        FlexLayout bar = new FlexLayout(month, figure, export, print);
        bar.addClassName("gg-board-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        hint.addClassName("gg-board-hint");
        hint.setText(getTranslation("dashboard.drill.hint"));
        charts.setId("dashboard-charts");
        charts.addClassName("gg-board-charts");
        add(title, bar, grid, charts);
        month.addValueChangeListener(e -> show(e.getValue()));
        figure.addValueChangeListener(e -> drawCharts());
    }

    /** The months a board may show: the current one and the twelve before it, the latest first. */
    static List<YearMonth> months(YearMonth current) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back <= FigureRecount.MONTHS_KEPT; back++) {
            months.add(current.minusMonths(back));
        }
        return months;
    }

    /** Shows the board of the month (one the chooser offers). */
    void show(YearMonth shown) {
        if (!shown.equals(month.getValue())) {
            month.setValue(shown);
            return;
        }
        board = scope.board(dashboards, shown);
        trend = scope.trend(dashboards, shown);
        title.setText(getTranslation("dashboard.title", board.scope().name(), shown.toString()));
        grid.show(board);
        boolean anyOpens = board.units().stream().anyMatch(opens);
        if (anyOpens && hint.getParent().isEmpty()) {
            addComponentAtIndex(2, hint);
        }
        hint.setVisible(anyOpens);
        drawCharts();
    }

    /** The board shown: what the export writes. */
    Board board() {
        return board;
    }

    private void drawCharts() {
        charts.removeAll();
        print.setHref(DashboardPrintView.route(scope.code(), month.getValue()) + "?" + DashboardPrintView.FIGURE + "="
                + figure.getValue().name());
        if (board != null) {
            charts.add(chartsOf(board).toArray(Component[]::new));
        }
    }

    private List<Component> chartsOf(Board shown) {
        return BoardCharts.of(shown, trend, figure.getValue(), this::getTranslation, opens, open);
    }
}
