package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.reference.IdNumber;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A township staff member takes a newcomer through the five-step method in the browser — visit, deliver, the four
 * archives, feedback — and the household-registration township finds the feedback in its inbox.
 */
class FiveStepJourneyBrowserTest extends BrowserTest {

    @Test
    void aNewcomerIsVisitedServedArchivedAndReportedBack() {
        String first17 = "62122719920612042";
        String id = first17 + IdNumber.checkCharacter(first17);
        login("chengguan.staff", DEMO_PASSWORD);
        page.navigate(url("registry"));
        page.locator("#register-person").click();
        page.locator("#person-name input").fill("苏小梅");
        page.locator("#person-idNumber input").fill(id);
        page.locator("#person-registrationPlace input").fill("徽县 伏家");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("甘肃省陇南市徽县伏家镇"))
                .first().click();
        choose("#person-maritalStatus", "已婚");
        page.locator("#save-person").click();
        assertThat(page.locator("#save-person")).isHidden();
        page.locator("#registry-search input").fill("苏小梅");
        page.locator("#persons").getByText("苏小梅").click();
        assertThat(page.locator("#checklist")).isVisible();

        // 一访
        page.locator("#record-visit").click();
        page.locator("#visit-note textarea").fill("核实住址和电话；已婚，未带婚育证明");
        page.locator("#save-visit").click();
        assertThat(page.locator("#step-visit")).containsText("由 chengguan.staff 完成");

        // 二送: the card and, for her, the notice
        page.locator("#record-delivery").click();
        page.locator("#deliver-notice").click();
        page.locator("#save-delivery").click();
        assertThat(page.locator("#step-deliver")).containsText("已送服务卡和《婚育证明》办理通知");

        // 四建档
        page.locator("#archive-household").click();
        page.locator("#archive-field-householdSize input").fill("3");
        choose("#archive-field-housing", "租住");
        page.locator("#save-archive").click();
        page.locator("#archive-childbearing_age").click();
        page.locator("#archive-field-boys input").fill("1");
        page.locator("#archive-field-girls input").fill("0");
        page.locator("#save-archive").click();
        page.locator("#archive-needs").click();
        page.locator("#archive-field-services input").fill("免费孕检");
        page.locator("#save-archive").click();
        page.locator("#archive-reproductive_health").click();
        choose("#archive-reason", "更新档案");
        page.locator("#open-sensitive").click();
        choose("#archive-field-contraception", "上环");
        choose("#archive-field-pregnant", "否");
        screenshot("five-steps-sensitive-archive");
        page.locator("#save-archive").click();
        assertThat(page.locator("#step-archive")).containsText("由 chengguan.staff 完成");

        // 五反馈
        page.locator("#send-feedback").click();
        choose("#feedback-outcome", "未持《婚育证明》，已送通知");
        page.locator("#feedback-note textarea").fill("已婚，育有一子");
        page.locator("#save-feedback").click();
        assertThat(page.locator("#save-feedback")).isHidden();
        assertThat(page.locator("#step-feedback")).containsText("发往：伏家镇");
        assertThat(page.locator("#step-feedback")).containsText("待答复");
        assertThat(page.locator("#step-feedback")).containsText("未持《婚育证明》，已送通知");
        assertThat(page.locator("#step-feedback")).not().containsText("已婚，育有一子");
        screenshot("five-steps-checklist");

        page.context().clearCookies();
        login("fujia.staff", DEMO_PASSWORD);
        page.navigate(url("exchange"));
        assertThat(page.locator("#messages")).containsText("苏小梅");
        assertThat(page.locator("#messages")).containsText("城关镇");
        screenshot("five-steps-feedback-inbox");
    }

    private void choose(String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText(Pattern.compile("^\\s*" + item + "\\s*$"))).first().click();
    }
}
