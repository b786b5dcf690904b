package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

/**
 * The three kinds of chart drawn by ECharts in headless Chromium, with Chinese labels, on a desktop, on a phone
 * (390 px) and as printed; a click on a heat-map cell drills down into its row. The page is the test-only
 * {@code cn.gongguan.uikit.chart.ChartSamplesView}.
 */
class ChartBrowserTest extends BrowserTest {

    @Test
    void chartsDrawChineseLabelsAsSvgOnADesktopAPhoneAndPaper() {
        login("chengguan.staff", DEMO_PASSWORD);
        page.waitForURL(url(""));
        page.navigate(url("test/charts"));

        // tall enough for the three charts in one screenshot (the app's layout scrolls inside the page)
        page.setViewportSize(1280, 1600);
        assertThat(text("#bar", "城关镇")).isVisible();
        assertThat(text("#bar", "各乡镇流动人口")).isVisible();
        assertThat(text("#bar", "大河店镇")).isVisible();
        assertThat(text("#trend", "2026-11")).isVisible();
        assertThat(text("#heatmap", "五步法完成率")).isVisible();
        assertThat(text("#heatmap", "无数值")).isVisible();
        page.waitForTimeout(1500); // ECharts animates its first drawing
        screenshot("charts-desktop");

        // a click on 伏家镇's 登记率 cell tells the page which township to drill into
        BoundingBox row = text("#heatmap", "伏家镇").boundingBox();
        BoundingBox column = text("#heatmap", "登记率").boundingBox();
        page.mouse().click(column.x + column.width / 2, row.y + row.height / 2);
        assertThat(page.locator("#clicked")).hasText("伏家镇");

        page.setViewportSize(390, 1600);
        // the narrow layout turns the township names instead of dropping every other one
        assertThat(text("#bar", "大河店镇")).isVisible();
        assertThat(text("#bar", "伏家镇")).isVisible();
        assertThat(text("#heatmap", "虞关乡")).isVisible();
        page.waitForTimeout(1500); // ECharts animates into the new size
        screenshot("charts-phone");
        BoundingBox bar = page.locator("#bar svg").boundingBox();
        org.assertj.core.api.Assertions.assertThat(bar.width).isLessThanOrEqualTo(390);

        page.setViewportSize(1280, 1600);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.waitForTimeout(1500);
        assertThat(text("#heatmap", "伏家镇")).isVisible();
        screenshot("charts-print");
    }

    private Locator text(String chart, String text) {
        return page.locator(chart + " svg text").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
