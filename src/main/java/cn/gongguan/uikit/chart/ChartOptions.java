package cn.gongguan.uikit.chart;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts options of each kind of chart. Each is a base option plus a media rule for narrow screens (a phone at
 * 390 px): axis labels rotated and cut short, the legend scrolling, so that every category stays readable.
 */
final class ChartOptions {

    /** A chart narrower than this (a phone, or A4 paper at ~680 px) switches to its narrow layout. */
    static final int NARROW = 720;
    /** More bars than this turn their labels on a wide screen too. */
    private static final int MANY_BARS = 8;
    private static final String NO_FIGURE_GREY = "#d9d9d9";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The words a chart shows besides its data. */
    record Texts(String title, String unit, String noFigure) {
    }

    /** Builds a chart's option once the words are known. */
    interface Drawing {
        ObjectNode option(Texts texts);
    }

    private ChartOptions() {
    }

    static ObjectNode bar(List<String> categories, List<Chart.Series> series, Texts texts) {
        ObjectNode base = frame(texts, series.size() > 1);
        base.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        base.set("xAxis", categoryAxis(categories));
        base.set("yAxis", valueAxis(texts));
        ArrayNode all = base.putArray("series");
        for (Chart.Series s : series) {
            ObjectNode bar = all.addObject().put("type", "bar").put("name", s.name());
            bar.putObject("emphasis").put("focus", "series");
            bar.set("data", values(s.values()));
        }
        // many bars side by side (a county's units) turn their labels even on a wide screen, so that none overlap
        return responsive(base, categoryLabels(categories.size() > MANY_BARS ? 30 : 0, 96), categoryLabels(90, 64));
    }

    static ObjectNode trend(List<String> months, List<Chart.Series> series, Texts texts) {
        ObjectNode base = frame(texts, series.size() > 1);
        base.putObject("tooltip").put("trigger", "axis");
        ObjectNode xAxis = categoryAxis(months);
        xAxis.put("boundaryGap", false);
        base.set("xAxis", xAxis);
        base.set("yAxis", valueAxis(texts));
        ArrayNode all = base.putArray("series");
        for (Chart.Series s : series) {
            // a missing month is a gap in the line, not a dip to zero
            ObjectNode line = all.addObject().put("type", "line").put("name", s.name())
                    .put("connectNulls", false).put("showAllSymbol", true).put("symbolSize", 6);
            line.set("data", values(s.values()));
        }
        return responsive(base, categoryLabels(0, 96), categoryLabels(45, 64));
    }

    static ObjectNode heatmap(List<String> rows, List<String> columns, Double[][] percent, Texts texts) {
        ObjectNode base = frame(texts, false);
        base.putObject("tooltip").put("trigger", "item");
        base.set("xAxis", categoryAxis(columns).put("position", "top"));
        ObjectNode yAxis = categoryAxis(rows);
        yAxis.put("inverse", true); // the first unit on top, as in the table beside it
        base.set("yAxis", yAxis);
        base.withObjectProperty("grid").put("bottom", 56);
        ObjectNode legend = base.putObject("legend").put("bottom", 0).put("right", 0);
        legend.putArray("data").add(texts.noFigure());
        ObjectNode visualMap = JSON.objectNode().put("type", "continuous").put("min", 0).put("max", 100)
                .put("orient", "horizontal").put("left", 0).put("bottom", 0).put("itemHeight", 120)
                .put("calculable", false).put("seriesIndex", 0);
        visualMap.putArray("text").add("100" + "%").add("0%");
        visualMap.putObject("inRange").putArray("color").add("#d9342b").add("#f2c94c").add("#2e9d57");
        ObjectNode grey = JSON.objectNode().put("type", "continuous").put("show", false).put("min", 0).put("max", 1)
                .put("seriesIndex", 1);
        grey.putObject("inRange").putArray("color").add(NO_FIGURE_GREY).add(NO_FIGURE_GREY);
        base.set("visualMap", JSON.arrayNode().add(visualMap).add(grey));

        ArrayNode figures = JSON.arrayNode();
        ArrayNode missing = JSON.arrayNode();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Double value = percent[r][c];
                // each cell names its row, so that a click on it drills down into that unit
                ObjectNode cell = (value == null ? missing : figures).addObject().put("name", rows.get(r));
                // ECharts draws no heat-map cell without a number: a missing figure's cell carries 0 only to be drawn,
                // grey, in the "no figure" series, which is outside the colour scale and says "no figure" when shown
                cell.putArray("value").add(c).add(r).add(value == null ? 0 : value);
            }
        }
        ArrayNode all = base.putArray("series");
        ObjectNode done = all.addObject().put("type", "heatmap").put("name", texts.title()).put("id", "figures");
        done.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 1);
        done.set("data", figures);
        ObjectNode none = all.addObject().put("type", "heatmap").put("name", texts.noFigure()).put("id", "noFigure");
        none.putObject("itemStyle").put("color", NO_FIGURE_GREY).put("borderColor", "#ffffff").put("borderWidth", 1);
        none.set("data", missing);

        return responsive(base, heatmapLabels(0, 96, 120, true), heatmapLabels(90, 64, 64, false));
    }

    private static ObjectNode heatmapLabels(int rotate, int columnWidth, int rowWidth, boolean cellLabels) {
        ObjectNode labels = categoryLabels(rotate, columnWidth);
        labels.putObject("yAxis").putObject("axisLabel").put("width", rowWidth);
        labels.putArray("series").addObject().putObject("label").put("show", cellLabels);
        return labels;
    }

    /** The height a heat map needs for its rows to stay readable. */
    static int heatmapHeight(int rows) {
        return Math.max(240, 150 + 28 * rows);
    }

    /** Title, legend and grid, shared by every kind. */
    private static ObjectNode frame(Texts texts, boolean legend) {
        ObjectNode base = JSON.objectNode();
        boolean titled = !texts.title().isBlank();
        if (titled) {
            base.putObject("title").put("text", texts.title()).put("left", 0).put("top", 0)
                    .putObject("textStyle").put("fontSize", 15);
        }
        if (legend) {
            base.putObject("legend").put("type", "scroll").put("top", titled ? 28 : 0).put("left", 0).put("right", 0);
        }
        int top = (titled ? 32 : 8) + (legend ? 28 : 0);
        // the axis labels stay inside the chart's box (ECharts 6's replacement for containLabel)
        base.putObject("grid").put("left", 8).put("right", 16).put("top", top + 8).put("bottom", 8)
                .put("outerBoundsMode", "same");
        return base;
    }

    private static ObjectNode categoryAxis(List<String> categories) {
        ObjectNode axis = JSON.objectNode().put("type", "category");
        ArrayNode data = axis.putArray("data");
        categories.forEach(data::add);
        // every category labelled (a township skipped would be a township unread); long names cut with an ellipsis
        axis.putObject("axisLabel").put("interval", 0).put("overflow", "truncate");
        return axis;
    }

    private static ObjectNode valueAxis(Texts texts) {
        ObjectNode axis = JSON.objectNode().put("type", "value");
        if (!texts.unit().isBlank()) {
            axis.putObject("axisLabel").put("formatter", "{value}" + texts.unit());
        }
        return axis;
    }

    /** The category axis' labels: turned by {@code rotate} degrees, cut to {@code width} pixels. */
    private static ObjectNode categoryLabels(int rotate, int width) {
        ObjectNode labels = JSON.objectNode();
        labels.putObject("xAxis").putObject("axisLabel").put("rotate", rotate).put("width", width);
        return labels;
    }

    private static ArrayNode values(List<Number> values) {
        ArrayNode data = JSON.arrayNode();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                data.add(value.longValue());
            } else {
                data.add(value.doubleValue());
            }
        }
        return data;
    }

    /**
     * ECharts' media query format: the base option, what changes on a narrow screen, and the wide default (without
     * it, a chart once narrow would stay narrow after growing: ECharts restores only a default rule).
     */
    private static ObjectNode responsive(ObjectNode base, ObjectNode wide, ObjectNode narrow) {
        ObjectNode option = JSON.objectNode();
        option.set("baseOption", base);
        ArrayNode media = option.putArray("media");
        media.addObject().set("option", wide);
        ObjectNode rule = media.addObject();
        rule.putObject("query").put("maxWidth", NARROW);
        rule.set("option", narrow);
        return option;
    }
}
