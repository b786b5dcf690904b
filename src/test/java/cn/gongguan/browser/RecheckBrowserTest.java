package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** A village officer marks their monthly re-check list on a phone-sized screen (390 px). */
class RecheckBrowserTest extends BrowserTest {

    @Test
    void anOfficerMarksAPersonOfTheListOnAPhone() {
        page.setViewportSize(390, 844);
        login("chengguan.officer", DEMO_PASSWORD);
        page.navigate(url("recheck"));
        page.locator("#recheck-progress").getByText("先农村委会", new Locator.GetByTextOptions().setExact(true)).click();
        Locator card = page.locator(".gg-recheck-card").filter(new Locator.FilterOptions().setHasText("赵海燕"));
        assertThat(card).isVisible();
        screenshot("recheck-phone");

        card.locator("vaadin-text-field input").fill("电话联系上，仍在广州");
        card.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("在外已联系")).click();

        assertThat(page.locator("vaadin-notification-card")).containsText("赵海燕：在外已联系");
        assertThat(page.locator(".gg-recheck-card").filter(new Locator.FilterOptions().setHasText("赵海燕"))
                .locator("vaadin-text-field input")).hasValue("电话联系上，仍在广州");
        screenshot("recheck-phone-marked");
    }
}
