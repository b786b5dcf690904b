package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A township administrator keeps the governance group on a phone-sized screen (390 px): one column throughout. */
class GovernanceBrowserTest extends BrowserTest {

    @Test
    void theAdministratorRecordsAMeetingOnAPhone() {
        page.setViewportSize(390, 844);
        login("chengguan.admin", DEMO_PASSWORD);
        page.navigate(url("governance"));
        assertThat(page.locator("#governance-member-list")).containsText("赵志刚");
        assertThat(page.locator("#governance-plan-state")).containsText("第 2 版");
        screenshot("governance-phone");

        page.locator("#governance-meeting-add").click();
        Locator attendees = page.locator("#governance-meeting-attendees textarea");
        Locator decisions = page.locator("#governance-meeting-decisions textarea");
        assertThat(attendees).isVisible();
        attendees.fill("组长，公安、市场监管成员");
        decisions.fill("手机上记录的会议决定");
        double fieldWidth = attendees.boundingBox().width;
        double dayWidth = page.locator("#governance-meeting-held-on").boundingBox().width;
        Assertions.assertThat(dayWidth).as("one column: the day as wide as the text")
                .isGreaterThan(fieldWidth * 0.8);
        screenshot("governance-phone-meeting");
        page.locator("#save-meeting").click();
        assertThat(page.locator("#governance-meeting-list")).containsText("手机上记录的会议决定");
    }
}
