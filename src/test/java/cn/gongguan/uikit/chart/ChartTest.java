package cn.gongguan.uikit.chart;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The options a user would notice in a chart, as the Java component sends them to ECharts, and its clicks. */
class ChartTest extends UiTest {

    private ChartSamplesView view;

    @BeforeEach
    void openSamples() {
        login("chengguan.staff", ChartSamplesView.class);
        view = _get(ChartSamplesView.class);
    }

    @Test
    void aBarChartHasABarPerTownshipAndAGapWhereAFigureIsMissing() {
        JsonNode option = option(view.bar);
        assertThat(texts(option.at("/baseOption/xAxis/data"))).containsExactlyElementsOf(ChartSamplesView.TOWNSHIPS);
        JsonNode series = option.at("/baseOption/series");
        assertThat(series.get(0).get("name").asString()).isEqualTo("流入人口");
        assertThat(series.get(1).get("name").asString()).isEqualTo("流出人口");
        assertThat(series.get(0).get("data").get(0).asInt()).isEqualTo(412);
        // 江洛镇 (third) has no figure: null, which ECharts draws as no bar — never a zero bar
        assertThat(series.get(0).get("data").get(2).isNull()).isTrue();
        assertThat(option.at("/baseOption/title/text").asString()).isEqualTo("各乡镇流动人口");
        assertThat(option.at("/baseOption/yAxis/axisLabel/formatter").asString()).isEqualTo("{value}人");
        assertThat(view.bar.getElement().getProperty("unit")).isEqualTo("人");
        // every township labelled, and at phone width the labels turn and are cut short instead of overlapping
        assertThat(option.at("/baseOption/xAxis/axisLabel/interval").asInt()).isZero();
        assertThat(option.at("/media/0/option/xAxis/axisLabel/rotate").asInt())
                .as("fifteen townships turn their labels on a wide screen too").isEqualTo(30);
        assertThat(option.at("/media/1/query/maxWidth").asInt()).isEqualTo(ChartOptions.NARROW);
        assertThat(option.at("/media/1/option/xAxis/axisLabel/rotate").asInt()).isEqualTo(90);
    }

    @Test
    void aTrendHasTwelveMonthsAndBreaksItsLineWhereAMonthHasNoFigure() {
        JsonNode option = option(view.trend);
        assertThat(texts(option.at("/baseOption/xAxis/data"))).containsExactlyElementsOf(ChartSamplesView.MONTHS);
        JsonNode line = option.at("/baseOption/series/0");
        assertThat(line.get("type").asString()).isEqualTo("line");
        assertThat(line.get("data")).hasSize(12);
        assertThat(line.get("data").get(3).isNull()).isTrue();
        assertThat(line.get("connectNulls").asBoolean()).isFalse();
        assertThat(line.get("data").get(4).asDouble()).isEqualTo(70.4);
    }

    @Test
    void aHeatMapShowsAMissingFigureAsNoFigureNotAsZero() {
        JsonNode option = option(view.heatmap);
        assertThat(texts(option.at("/baseOption/yAxis/data"))).containsExactlyElementsOf(ChartSamplesView.TOWNSHIPS);
        assertThat(texts(option.at("/baseOption/xAxis/data"))).containsExactlyElementsOf(ChartSamplesView.FIGURES);
        JsonNode figures = option.at("/baseOption/series/0/data");
        JsonNode missing = option.at("/baseOption/series/1/data");
        // the sample's first township has no figure for 五步法完成率 (row 0, column 0)
        assertThat(cell(missing, 0, 0)).isNotNull();
        assertThat(cell(figures, 0, 0)).isNull();
        assertThat(cell(figures, 0, 1).get("value").get(2).asDouble()).isEqualTo(29.0);
        assertThat(figures.size() + missing.size()).isEqualTo(ChartSamplesView.TOWNSHIPS.size()
                * ChartSamplesView.FIGURES.size());
        // the grey cells have a legend entry of their own; the colour scale runs over the figures only, 0..100
        assertThat(option.at("/baseOption/series/1/name").asString()).isEqualTo("无数值");
        assertThat(texts(option.at("/baseOption/legend/data"))).containsExactly("无数值");
        assertThat(option.at("/baseOption/visualMap/0/seriesIndex").asInt()).isZero();
        assertThat(option.at("/baseOption/visualMap/0/max").asInt()).isEqualTo(100);
        assertThat(option.at("/baseOption/visualMap/1/seriesIndex").asInt()).isEqualTo(1);
        assertThat(cell(figures, 0, 1).get("name").asString()).isEqualTo("城关镇");
    }

    @Test
    void theNoFigureLegendSpeaksTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Chart chart = Chart.heatmap(List.of("Chengguan"), List.of("Registration"), new Double[][] {{null}});
        view.add(chart);
        assertThat(option(chart).at("/baseOption/legend/data/0").asString()).isEqualTo("No value");
        assertThat(chart.getElement().getProperty("noFigure")).isEqualTo("No value");
    }

    @Test
    void aClickOnABarOrACellTellsTheListenersItsCategory() {
        List<String> clicked = new ArrayList<>();
        view.heatmap.addClickListener(e -> clicked.add(e.category()));
        BasicUtilsKt._fireDomEvent(view.heatmap, "chart-click",
                JsonNodeFactory.instance.objectNode().put("event.detail.category", "伏家镇"));
        BasicUtilsKt._fireDomEvent(view.bar, "chart-click",
                JsonNodeFactory.instance.objectNode().put("event.detail.category", "江洛镇"));
        assertThat(clicked).containsExactly("伏家镇");
        assertThat(view.clicked.getText()).isEqualTo("江洛镇");
    }

    @Test
    void aSeriesOfTheWrongLengthIsRefused() {
        var series = List.of(new Chart.Series("流入人口", Arrays.asList(1, null)));
        assertThatThrownBy(() -> Chart.bar(List.of("城关镇"), series)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Chart.heatmap(List.of("城关镇"), List.of("登记率"), new Double[][] {{1.0, 2.0}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode option(Chart chart) {
        return (JsonNode) chart.getElement().getPropertyRaw("option");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static JsonNode cell(JsonNode data, int row, int column) {
        for (JsonNode item : data) {
            if (item.get("value").get(0).asInt() == column && item.get("value").get(1).asInt() == row) {
                return item;
            }
        }
        return null;
    }
}
