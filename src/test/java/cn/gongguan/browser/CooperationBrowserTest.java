package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Regional cooperation in a real browser, at the desktop width and on a phone (390 px): the county's overview of its
 * townships' agreements and its own agreement's page, and a township administrator's form in one column.
 */
class CooperationBrowserTest extends BrowserTest {

    @Test
    void theCountySeesItsOverviewAndAnAgreementsPage() {
        login("county.admin", DEMO_PASSWORD);
        secondFactor();
        page.navigate(url("cooperation"));
        assertThat(page.locator("#cooperation-agreements")).containsText("徽县—鄞州区");
        assertThat(page.locator("#cooperation-agreements")).containsText("城关镇—沙依巴克区");
        both("cooperation-county");

        page.locator("#cooperation-agreements").getByText("徽县—鄞州区").first().click();
        assertThat(page.locator("#agreement-facts")).containsText("浙江省宁波市鄞州区");
        assertThat(page.locator("#agreement-bulletins")).containsText("徽县关于春节前后流动人口服务的通报");
        assertThat(page.locator("#agreement-meetings")).containsText("鄞州区卫生健康局会议室");
        both("cooperation-agreement");
    }

    @Test
    void aTownshipAdministratorFillsTheFormInOneColumnOnAPhone() {
        page.setViewportSize(390, 844);
        login("chengguan.admin", DEMO_PASSWORD);
        page.navigate(url("cooperation"));
        assertThat(page.locator("#cooperation-agreements")).containsText("城关镇—沙依巴克区");
        page.locator("#cooperation-add").click();
        Locator title = page.locator("#agreement-title input");
        assertThat(title).isVisible();
        title.fill("手机上录入的协议");
        double titleWidth = page.locator("#agreement-title").boundingBox().width;
        double startWidth = page.locator("#agreement-starts-on").boundingBox().width;
        Assertions.assertThat(startWidth).as("one column: the day as wide as the title").isGreaterThan(titleWidth * 0.8);
        screenshot("cooperation-dialog-390");
        page.setViewportSize(1280, 800);
        page.waitForTimeout(400);
        screenshot("cooperation-dialog");
    }
}
