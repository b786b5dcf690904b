package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first journey of every user: log in, see one's own unit, switch language, log out. */
class LoginJourneyBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedWithAReasonInChinese() {
        login("county.admin", "not-the-password");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
        screenshot("login-error");
    }

    @Test
    void theCountyAdministratorSeesEveryUnitOfTheCounty() {
        login("county.admin", DEMO_PASSWORD);
        assertThat(page.locator("#tenant-name")).hasText("徽县");
        assertThat(page.locator("#county-tenants")).containsText("城关镇");
        assertThat(page.locator("#county-tenants")).containsText("北街居委会");
        screenshot("county-home");
    }

    @Test
    void aTownshipAdministratorSeesItsVillagesAndCanSwitchToEnglish() {
        login("chengguan.admin", DEMO_PASSWORD);
        assertThat(page.locator("#tenant-name")).hasText("城关镇");
        assertThat(page.locator("#org-units")).containsText("村委会");
        screenshot("township-home");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByText("English").click();
        assertThat(page.locator("#main-nav")).containsText("Users");
        page.navigate(url("users"));
        assertThat(page.locator("#users")).containsText("chengguan.staff");
        screenshot("township-users-en");
    }
}
