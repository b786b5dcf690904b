package cn.gongguan.uikit.chart;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;

/**
 * A test-only page (it lives under src/test, so no installation ever serves it) showing the three kinds of chart with
 * Chinese labels and missing figures, for the browser test and its screenshots. A click shows the clicked category.
 */
@Route("test/charts")
@PermitAll
public class ChartSamplesView extends Div {

    static final List<String> TOWNSHIPS = List.of("城关镇", "伏家镇", "江洛镇", "泥阳镇", "柳林镇", "嘉陵镇", "永宁镇",
            "银杏树乡", "水阳镇", "栗川镇", "麻沿河镇", "高桥镇", "榆树乡", "虞关乡", "大河店镇");
    static final List<String> FIGURES = List.of("五步法完成率", "证件查验率", "反馈按时率", "复核完成率", "六个一完成率",
            "房东报告覆盖率", "登记率");
    static final List<String> MONTHS = List.of("2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
            "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11");

    final Chart bar;
    final Chart trend;
    final Chart heatmap;
    final Span clicked = new Span();

    public ChartSamplesView() {
        addClassName("gg-page");
        // 江洛镇 has no figure this month: a gap, not a zero bar
        bar = Chart.bar(TOWNSHIPS, List.of(
                        new Chart.Series("流入人口", Arrays.asList(412, 268, null, 155, 190, 240, 133, 98, 176, 120, 87,
                                145, 66, 72, 101)),
                        new Chart.Series("流出人口", Arrays.asList(530, 340, null, 210, 260, 198, 175, 140, 220, 160, 110,
                                180, 90, 95, 130))))
                .withTitle("各乡镇流动人口").withUnit("人");
        bar.setId("bar");
        trend = Chart.trend(MONTHS, List.of(
                        new Chart.Series("五步法完成率", Arrays.asList(61.5, 64.0, 66.2, null, 70.4, 72.8, 75.1, 77.0, 79.3,
                                81.2, 83.5, 86.0)),
                        new Chart.Series("证件查验率", Arrays.asList(70.0, 71.2, 72.5, 73.1, 74.0, 76.4, 78.8, 80.1, 82.0,
                                84.7, 86.3, 88.9))))
                .withTitle("全县近12个月趋势").withUnit("%");
        trend.setId("trend");
        Double[][] percent = new Double[TOWNSHIPS.size()][FIGURES.size()];
        for (int r = 0; r < TOWNSHIPS.size(); r++) {
            for (int c = 0; c < FIGURES.size(); c++) {
                percent[r][c] = (r * 37 + c * 23) % 11 == 0 ? null : (double) ((r * 13 + c * 29) % 101);
            }
        }
        heatmap = Chart.heatmap(TOWNSHIPS, FIGURES, percent).withTitle("各乡镇完成情况").withUnit("%");
        heatmap.setId("heatmap");
        clicked.setId("clicked");
        for (Chart chart : List.of(bar, trend, heatmap)) {
            chart.addClickListener(e -> clicked.setText(e.category()));
        }
        add(new H2("图表"), bar, trend, heatmap, clicked);
    }
}
