package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** A village information officer reports a newcomer on a phone-sized screen (390 px). */
class OfficerReportBrowserTest extends BrowserTest {

    @Test
    void anOfficerReportsOnAPhone() {
        page.setViewportSize(390, 844);
        login("chengguan.officer", DEMO_PASSWORD);
        page.navigate(url("officer-reports"));
        assertThat(page.locator("#report-arrival")).isVisible();
        screenshot("officer-reports-phone");
        page.locator("#report-departure").click();
        assertThat(page.locator("#report-departure-day")).isVisible();
        page.locator("#report-someone-new input").click();
        assertThat(page.locator("#report-idNumber")).isVisible();
        screenshot("officer-report-departure-phone");
    }
}
