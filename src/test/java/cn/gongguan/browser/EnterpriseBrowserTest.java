package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Township staff open the enterprise register, an enterprise's page with its staff list and certificate task, and the
 * form of a new task — at the desktop width and on a phone (390 px).
 */
class EnterpriseBrowserTest extends BrowserTest {

    @Test
    void theRegisterAndAnEnterprisesPageWorkOnADeskAndAPhone() {
        login("chengguan.staff", DEMO_PASSWORD);
        page.navigate(url("enterprises"));
        assertThat(page.locator("#enterprises")).containsText("徽县城关建材有限公司");
        both("enterprise-register");

        page.locator("#enterprises").getByText("徽县城关建材有限公司").click();
        assertThat(page.locator("#enterprise-facts")).containsText("自建计生协会");
        assertThat(page.locator("#staff")).containsText("王晓丽");
        assertThat(page.locator("#tasks")).containsText("收集婚育证明");
        both("enterprise-page");
        page.locator("#tasks").scrollIntoViewIfNeeded();
        screenshot("enterprise-page-tasks");

        page.locator("#edit-enterprise").click();
        assertThat(page.locator("#save-enterprise")).isVisible();
        both("enterprise-dialog");
        page.keyboard().press("Escape");

        page.locator("#import-staff").click();
        assertThat(page.locator("#import-upload")).isVisible();
        both("enterprise-staff-import");
        page.keyboard().press("Escape");

        page.locator("#give-task").click();
        assertThat(page.locator("#save-task")).isVisible();
        both("enterprise-task");
    }
}
