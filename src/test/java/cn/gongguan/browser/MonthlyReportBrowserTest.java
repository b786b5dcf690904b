package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.reference.IdNumber;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** A residents' committee clerk enters a landlord's paper report on a phone-sized screen (390 px). */
class MonthlyReportBrowserTest extends BrowserTest {

    @Test
    void aLandlordsReportIsEnteredOnAPhone() {
        page.setViewportSize(390, 844);
        String first17 = "62122719970303062";
        String id = first17 + IdNumber.checkCharacter(first17);
        login("beijie.clerk", DEMO_PASSWORD);
        page.navigate(url("monthly-reports"));
        page.locator("#missing-reports").getByText("北街 35 号 1 楼").click();
        assertThat(page.locator("#add-newcomer")).isVisible();

        page.locator("#add-newcomer").click();
        page.locator("#newcomer-0-idNumber input").fill(id);
        page.locator("#newcomer-0-name input").fill("何晓燕");
        page.locator("#newcomer-0-maritalStatus").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("已婚")).first().click();
        page.locator("#newcomer-0-registrationPlace input").fill("礼县 城关");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("甘肃省陇南市礼县城关镇"))
                .first().click();
        page.locator("#newcomer-0-certificate").click();
        screenshot("monthly-report-phone");
        page.locator("#save-report").click();

        assertThat(page.locator("#received-reports")).containsText("北街 35 号 1 楼");
        assertThat(page.locator("#missing-reports")).not().containsText("北街 35 号 1 楼");
        screenshot("monthly-report-phone-saved");
        page.navigate(url("visits"));
        assertThat(page.locator("#not-visited")).containsText("何晓燕");
    }
}
