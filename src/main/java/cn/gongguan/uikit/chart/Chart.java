package cn.gongguan.uikit.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A chart drawn by Apache ECharts in the browser (as SVG, which prints crisply): a bar per category, a monthly trend, or
 * a completion heat map. The options are built here, in Java, and sent as one property; the web component
 * ({@code frontend/components/gongguan-chart.ts}) only draws them. A missing figure stays missing — a gap in a bar
 * chart or a trend, a grey "no figure" cell in a heat map — never a zero.
 */
@Tag("gongguan-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/gongguan-chart.ts")
public final class Chart extends Component implements HasSize {

    /** One named row of figures, one value per category; a {@code null} value means "no figure". */
    public record Series(String name, List<Number> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            // List.copyOf refuses nulls, and a null is a figure's absence here
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private final ChartOptions.Drawing drawing;
    private String title = "";
    private String unit = "";

    private Chart(ChartOptions.Drawing drawing, String kind) {
        this.drawing = drawing;
        addClassName("gg-chart");
        addClassName("gg-chart-" + kind);
    }

    /** A bar per category (e.g. per township), one bar of each series side by side. */
    public static Chart bar(List<String> categories, List<Series> series) {
        checkLengths(categories, series);
        return new Chart(texts -> ChartOptions.bar(List.copyOf(categories), List.copyOf(series), texts), "bar");
    }

    /** A monthly line chart: one line per series over the given months (usually 12). */
    public static Chart trend(List<String> months, List<Series> series) {
        checkLengths(months, series);
        return new Chart(texts -> ChartOptions.trend(List.copyOf(months), List.copyOf(series), texts), "trend");
    }

    /**
     * A completion heat map: one row per unit, one column per figure, each cell a percentage 0..100 or {@code null}
     * where the unit has no figure. Red is behind, green done; clicking a cell names its row.
     */
    public static Chart heatmap(List<String> rows, List<String> columns, Double[][] percent) {
        if (percent.length != rows.size() || Arrays.stream(percent).anyMatch(row -> row.length != columns.size())) {
            throw new IllegalArgumentException("A heat map needs " + rows.size() + " rows of " + columns.size()
                    + " values");
        }
        Double[][] cells = Arrays.stream(percent).map(Double[]::clone).toArray(Double[][]::new);
        Chart chart = new Chart(texts -> ChartOptions.heatmap(List.copyOf(rows), List.copyOf(columns), cells, texts),
                "heatmap");
        chart.setHeight(ChartOptions.heatmapHeight(rows.size()) + "px");
        return chart;
    }

    public Chart withTitle(String title) {
        this.title = Objects.requireNonNullElse(title, "");
        redraw();
        return this;
    }

    /** The unit of the values (e.g. "%", "人"), shown on the value axis and in tooltips. */
    public Chart withUnit(String unit) {
        this.unit = Objects.requireNonNullElse(unit, "");
        redraw();
        return this;
    }

    /** Told when the user clicks a bar, a point or a heat-map cell: for drill-down. */
    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // the options carry translated words ("no figure"), so they are built once the UI's language is known
        redraw();
    }

    private void redraw() {
        if (!isAttached()) {
            return;
        }
        var texts = new ChartOptions.Texts(title, unit, getTranslation("chart.noFigure"));
        getElement().setPropertyJson("option", drawing.option(texts));
        getElement().setProperty("unit", unit);
        getElement().setProperty("noFigure", texts.noFigure());
    }

    private static void checkLengths(List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** A click on a bar, a trend point (its month) or a heat-map cell (its row). */
    @DomEvent("chart-click")
    public static final class ClickEvent extends ComponentEvent<Chart> {

        private final String category;

        public ClickEvent(Chart source, boolean fromClient, @EventData("event.detail.category") String category) {
            super(source, fromClient);
            this.category = category;
        }

        /** The clicked bar's category, the trend point's month, or the heat-map cell's row. */
        public String category() {
            return category;
        }
    }
}
