package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards.Board;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.Texts;
import cn.gongguan.uikit.chart.Chart;
import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A board's charts: a bar per unit for the chosen figure, the scope's last twelve months of that figure, and every
 * unit's completion rates as a heat map. A unit that opens a board of its own opens from its bar or its heat-map row.
 * A unit or month without a figure is a gap, never a zero.
 */
final class BoardCharts {

    /** The completion figures in the catalogue's order, the heat map's columns. */
    private static final List<Figure> RATES = Figure.RATES.stream().sorted(Comparator.naturalOrder()).toList();

    private BoardCharts() {
    }

    static List<Component> of(Board board, List<Unit> trend, Figure figure, Texts texts, Predicate<Unit> opens,
                              Consumer<Unit> open) {
        String label = texts.get(figure.labelKey());
        String unit = figure.kind() == Figure.Kind.RATE ? "%" : "";
        List<Unit> units = board.units();
        Chart bar = Chart.bar(units.stream().map(Unit::name).toList(),
                        List.of(new Chart.Series(label, units.stream().map(u -> FigureText.value(u, figure)).toList())))
                .withTitle(texts.get("dashboard.chart.bar", label)).withUnit(unit);
        bar.setId("dashboard-bar");
        Chart months = Chart.trend(trend.stream().map(Unit::code).toList(),
                        List.of(new Chart.Series(label, trend.stream().map(u -> FigureText.value(u, figure)).toList())))
                .withTitle(texts.get("dashboard.chart.trend", label)).withUnit(unit);
        months.setId("dashboard-trend");
        Double[][] percent = units.stream().map(u -> RATES.stream().map(rate -> {
            Number value = FigureText.value(u, rate);
            return value == null ? null : value.doubleValue();
        }).toArray(Double[]::new)).toArray(Double[][]::new);
        Chart heatmap = Chart.heatmap(units.stream().map(Unit::name).toList(),
                        RATES.stream().map(rate -> texts.get(rate.labelKey())).toList(), percent)
                .withTitle(texts.get("dashboard.chart.heatmap")).withUnit("%");
        heatmap.setId("dashboard-heatmap");
        // a bar and a heat-map row name their unit: one that opens a board of its own opens it
        for (Chart chart : List.of(bar, heatmap)) {
            chart.addClickListener(click -> units.stream().filter(u -> u.name().equals(click.category()))
                    .findFirst().filter(opens).ifPresent(open));
        }
        bar.setWidthFull();
        months.setWidthFull();
        heatmap.setWidthFull();
        return List.of(bar, months, heatmap);
    }
}
