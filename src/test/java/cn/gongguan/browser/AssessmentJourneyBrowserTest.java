package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.platform.Today;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year-end assessment's journey on the demo county: the county's administrator changes two weights of this year's
 * scheme; 城关镇's administrator, on a phone, opens the deduction for late feedback, sees the late answer behind it and
 * objects; the county upholds the objection, approves and locks the year and prints the notice; 城关镇 sees the
 * decision. The demo's own objection of 城关镇 is set aside for the journey, and the demo's state is put back after it.
 */
class AssessmentJourneyBrowserTest extends BrowserTest {

    private static final String CHENGGUAN = "621227100";
    private static final String REASON = "旅程：该条反馈因县平台停机顺延两天答复";

    @Autowired
    Today today;

    private int year;
    private Map<String, Object> demoObjection;
    private int versions;

    @BeforeEach
    void theDemoYearUnderReviewWithoutItsObjection() {
        year = today.date().getYear();
        demoObjection = asOwner().sql("""
                        select item, deducted, reason, raised_by, raised_at from platform.assessment_objection
                        where county_code = '621227' and year = ? and township_code = ? and decision is null""")
                .params(year, CHENGGUAN).query().listOfRows().stream().findFirst().orElse(null);
        asOwner().sql("delete from platform.assessment_objection where year = ? and township_code = ?")
                .params(year, CHENGGUAN).update();
        versions = asOwner().sql("select max(version) from platform.assessment_scheme where county_code = '621227'"
                + " and year = ?").param(year).query(Integer.class).single();
    }

    @AfterEach
    void theDemoAsItWas() {
        screenshot("assessment-last");
        asOwner().sql("delete from platform.assessment_result where year = ?").param(year).update();
        asOwner().sql("update platform.assessment_year set state = 'REVIEW', scheme_version = null"
                + " where county_code = '621227' and year = ?").param(year).update();
        asOwner().sql("delete from platform.assessment_objection where year = ? and township_code = ?")
                .params(year, CHENGGUAN).update();
        asOwner().sql("delete from platform.assessment_scheme where county_code = '621227' and year = ?"
                + " and version > ?").params(year, versions).update();
        if (demoObjection != null) {
            asOwner().sql("""
                            insert into platform.assessment_objection (county_code, year, township_code, item,
                                deducted, reason, raised_by, raised_at) values ('621227', ?, ?, ?, ?, ?, ?, ?)""")
                    .params(year, CHENGGUAN, demoObjection.get("item"), demoObjection.get("deducted"),
                            demoObjection.get("reason"), demoObjection.get("raised_by"),
                            demoObjection.get("raised_at")).update();
        }
    }

    @Test
    void theCountyEditsATownshipObjectsTheCountyDecidesApprovesAndPrints() {
        // the county's administrator reweighs two indicators of this year's scheme
        Page county = page;
        login("county.admin", DEMO_PASSWORD);
        secondFactor();
        page.navigate(url("assessment/scheme?year=" + year));
        assertThat(page.locator("#scheme-weights")).hasText("合计 100 / 100");
        Locator numbers = page.locator("#scheme-indicators vaadin-big-decimal-field input");
        numbers.nth(0).fill("7");
        assertThat(page.locator("#scheme-weights")).hasText("合计 99 / 100");
        numbers.nth(2 * 13).fill("7"); // each row has its weight and its target
        assertThat(page.locator("#scheme-weights")).hasText("合计 100 / 100");
        page.locator("#scheme-note input, #scheme-note textarea").first().fill("旅程：一访 8→7 分，双向考核 6→7 分");
        both("assessment-1-scheme");
        page.locator("#scheme-save").click();
        assertThat(page.locator("#scheme-facts")).containsText("第 " + (versions + 1) + " 版");
        both("assessment-2-scheme-saved");

        // 城关镇's administrator, on a phone, opens the deduction for late feedback and objects to it
        visitor(390);
        login("chengguan.admin", DEMO_PASSWORD);
        page.waitForURL(url(""));
        page.navigate(url("assessment/scorecard?year=" + year));
        assertThat(page.locator("#scorecard")).containsText("v" + (versions + 1));
        page.locator("#deduction-records-feedback_late").click();
        assertThat(page.locator("#deduction-records-grid")).containsText("杨丽娟");
        screenshot("assessment-3-late-feedback-390");
        page.locator("#deduction-records-close").click();
        page.locator("#deduction-object-feedback_late").click();
        page.locator("#objection-reason textarea").fill(REASON);
        screenshot("assessment-4-objection-390");
        page.locator("#objection-save").click();
        assertThat(page.locator("#scorecard-objections")).containsText(REASON);
        screenshot("assessment-5-objected-390");
        Page township = page;

        // the county upholds the objection, approves and locks the year, and prints the notice
        page = county;
        page.navigate(url("assessment?year=" + year));
        assertThat(page.locator("#ranking-objections")).containsText(REASON);
        both("assessment-6-ranking-review");
        page.locator("#ranking-objections vaadin-button").filter(new Locator.FilterOptions().setHasText("决定"))
                .first().click();
        page.locator("#decide-decision").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("异议成立")).first().click();
        page.locator("#decide-reason textarea").fill("县平台停机两天属实，扣分返还");
        screenshot("assessment-7-decide");
        page.locator("#decide-save").click();
        assertThat(page.locator("#ranking-objections")).containsText("县平台停机两天属实");
        page.locator("#ranking-approve").click();
        page.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
        assertThat(page.locator("#ranking-state")).containsText("已审定锁定");
        both("assessment-8-ranking-locked");
        page.navigate(url("assessment/notice/" + year));
        assertThat(page.locator("#notice-ranking")).containsText("城关镇");
        assertThat(page.locator("#notice-draft")).isHidden();
        both("assessment-9-notice");

        // 城关镇 sees the decision and its approved rank
        page = township;
        page.navigate(url("assessment/scorecard?year=" + year));
        assertThat(page.locator("#scorecard-objections")).containsText("异议成立");
        screenshot("assessment-10-decided-390");
        Assertions.assertThat(asOwner().sql("select count(*) from platform.assessment_result where year = ?")
                .param(year).query(Long.class).single()).as("every township's scorecard frozen").isPositive();
    }
}
