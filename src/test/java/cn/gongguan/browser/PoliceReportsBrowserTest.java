package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.platform.Today;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 城关镇's police stations and their reports as the township sees them in a browser, at the desktop width and on a
 * phone (390 px): the stations page, the month's slots, last month's report with what each row did, the row form.
 */
class PoliceReportsBrowserTest extends BrowserTest {

    @Autowired
    Today today;

    @Test
    void theStationsAndTheirReportsAreUsableOnADesktopAndAPhone() {
        login("chengguan.admin", DEMO_PASSWORD);
        page.navigate(url("police-stations"));
        assertThat(page.locator("#stations")).containsText("火车站派出所");
        both("police-stations");
        page.locator("#register-station").click();
        assertThat(page.locator("#station-name")).isVisible();
        both("police-station-dialog");
        page.keyboard().press("Escape");

        page.navigate(url("police-reports"));
        assertThat(page.locator("#police-slots")).containsText("未报");
        page.locator("#police-slots").getByText("城关派出所").click();
        assertThat(page.locator("#police-rows")).isVisible();
        both("police-reports");

        page.locator("#police-month").click();
        Locator lastMonth = page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(today.month().minusMonths(1).toString())).first();
        assertThat(lastMonth).isVisible();
        lastMonth.click();
        assertThat(page.locator("#police-rows")).isHidden();
        // the grid keeps the cells of rows it no longer shows: the visible one is the row
        page.locator("#police-slots vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText("城关派出所")).first().click();
        assertThat(page.locator("#police-rows")).containsText("新登记流入人口（待走访）");
        both("police-reports-last-month");

        page.locator("#police-add-row").click();
        assertThat(page.locator("#row-idNumber")).isVisible();
        both("police-row-dialog");
    }
}
