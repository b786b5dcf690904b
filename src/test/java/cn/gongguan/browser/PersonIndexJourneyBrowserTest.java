package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.reference.IdNumber;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The person index between two townships: 城关镇 declares a person gone to a place nobody knows, 伏家镇 registers the
 * same person, both see the linked task (城关镇 the confirmation and the task on the outflow record, 伏家镇 the feedback
 * due on the five-step checklist), 伏家镇 answers with its five-step feedback and 城关镇 sees the answer there.
 */
class PersonIndexJourneyBrowserTest extends BrowserTest {

    @Test
    void anOutflowOfOneTownshipMetInAnotherGetsItsFeedbackOnTheOutflowRecord() {
        String first17 = "62122719960518122";
        String id = first17 + IdNumber.checkCharacter(first17);

        // 城关镇 declares the departure, destination unknown
        login("chengguan.staff", DEMO_PASSWORD);
        page.navigate(url("outflow"));
        page.locator("#declare-departure").click();
        page.locator("#departure-idNumber input").fill(id);
        page.locator("#departure-name input").fill("柳青青");
        page.locator("#departure-departure-day input").fill(java.time.LocalDate.now(cn.gongguan.platform.CountyTime.ZONE).minusDays(4).toString()
                .replace('-', '/'));
        page.locator("#departure-departure-day input").press("Enter");
        page.locator("#departure-destination-unknown input").check();
        screenshot("person-index-1-departure-unknown");
        page.locator("#save-departure").click();
        assertThat(page.locator("#save-departure")).isHidden();
        // other tests' trips share the database: find this one by name
        page.locator("#outflow-search input").fill("柳青青");
        assertThat(page.locator("#outflow-trips")).containsText("去向不明");

        // 伏家镇 registers the same person as living there
        relogin("fujia.staff");
        page.navigate(url("registry"));
        page.locator("#register-person").click();
        page.locator("#person-name input").fill("柳青青");
        page.locator("#person-idNumber input").fill(id);
        page.locator("#person-registrationPlace input").fill("徽县 城关");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("甘肃省陇南市徽县城关镇"))
                .first().click();
        choose("#person-maritalStatus", "已婚");
        page.locator("#save-person").click();
        assertThat(page.locator("#save-person")).isHidden();
        page.locator("#registry-search input").fill("柳青青");
        page.locator("#persons").getByText("柳青青").click();
        assertThat(page.locator("#step-feedback .gg-index-task")).containsText("须于");
        assertThat(page.locator("#step-feedback .gg-index-task")).containsText("城关镇");
        page.locator("#step-feedback").scrollIntoViewIfNeeded();
        screenshot("person-index-2-task-owed");
        page.setViewportSize(390, 844);
        page.locator("#step-feedback").scrollIntoViewIfNeeded();
        screenshot("person-index-2-task-owed-phone");
        page.setViewportSize(1280, 800);

        // 城关镇 sees the destination confirmed and the task sent
        relogin("chengguan.staff");
        page.navigate(url("outflow"));
        page.locator("#outflow-search input").fill("柳青青");
        page.locator("#outflow-trips").getByText("柳青青").click();
        assertThat(page.locator("#index-confirmations")).containsText("伏家镇");
        assertThat(page.locator("#index-confirmations")).containsText("原去向不明，已据此补填流入地");
        assertThat(page.locator("#index-confirmations")).containsText("待答复");
        assertThat(page.locator("#outflow-trips")).containsText("伏家镇");

        // 伏家镇 answers with its five-step feedback
        relogin("fujia.staff");
        page.navigate(url("registry"));
        page.locator("#registry-search input").fill("柳青青");
        page.locator("#persons").getByText("柳青青").click();
        page.locator("#send-feedback").click();
        choose("#feedback-outcome", "婚育情况已核实");
        page.locator("#feedback-note textarea").fill("在伏家镇务工，持有婚育证明");
        page.locator("#save-feedback").click();
        assertThat(page.locator("#save-feedback")).isHidden();
        assertThat(page.locator("#step-feedback .gg-index-task")).hasCount(0);

        // 城关镇 sees the answer on the outflow record
        relogin("chengguan.staff");
        page.navigate(url("outflow"));
        page.locator("#outflow-search input").fill("柳青青");
        page.locator("#outflow-trips").getByText("柳青青").click();
        Locator section = page.locator("#index-confirmations");
        assertThat(section).containsText("婚育情况已核实");
        assertThat(section).containsText("来自 伏家镇 的反馈");
        assertThat(section).not().containsText("持有婚育证明");
        section.scrollIntoViewIfNeeded();
        screenshot("person-index-3-answer-on-record");
        page.setViewportSize(390, 844);
        section.scrollIntoViewIfNeeded();
        screenshot("person-index-3-answer-on-record-phone");
    }

    private void relogin(String username) {
        page.context().clearCookies();
        login(username, DEMO_PASSWORD);
        page.waitForURL(url(""));
    }

    private void choose(String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText(Pattern.compile("^\\s*" + item + "\\s*$"))).first().click();
    }
}
