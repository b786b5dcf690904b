package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.outflow.RecheckGeneration;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import com.microsoft.playwright.Locator;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outflow journey across both levels of information officers and the township: a group leader reports a
 * departure on a phone, the village's officer forwards it, the township accepts it, the person is on the next
 * month's re-check list, comes back and the township cancels the outflow.
 */
class OutflowJourneyBrowserTest extends BrowserTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    /** 先农村委会 一组, the demo group of chengguan.group. */
    private static final String GROUP = "621227100200001";

    @Autowired
    RecheckGeneration generation;
    @Autowired
    Today today;

    @Test
    void aDepartureReportedOnAPhoneIsForwardedAcceptedRecheckedAndCancelledOnReturn() {
        String first17 = "62122719930415062";
        String id = first17 + IdNumber.checkCharacter(first17);
        String left = today.date().minusDays(3).toString();

        // a group leader (level 2) reports the departure on a phone
        page.setViewportSize(390, 844);
        login("chengguan.group", DEMO_PASSWORD);
        page.navigate(url("officer-reports"));
        page.locator("#report-departure").click();
        page.locator("#report-someone-new input").click();
        page.locator("#report-idNumber input").fill(id);
        page.locator("#report-name input").fill("任春燕");
        screenshot("outflow-journey-1-report-phone");
        page.locator("#report-departure-day input").fill(left.replace('-', '/'));
        page.locator("#report-departure-day input").press("Tab");
        page.locator("#report-destination input").fill("天河 五山");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("广东省广州市天河区五山街道"))
                .first().click();
        page.locator("#submit-report").click();
        assertThat(page.locator("#submit-report")).isHidden();
        assertThat(page.locator("#my-reports")).containsText("任春燕");
        screenshot("outflow-journey-2-reported-phone");

        // the village's officer (level 1) forwards it to the township
        relogin("chengguan.officer");
        page.navigate(url("officer-reports/station"));
        page.locator("#station-reports").getByText("任春燕").click();
        page.locator("#forward-report").click();
        assertThat(page.locator("#forward-report")).isHidden();

        // the township accepts it: the person is away
        page.setViewportSize(1280, 800);
        relogin("chengguan.staff");
        page.navigate(url("officer-reports/inbox"));
        page.locator("#inbox-reports").getByText("任春燕").click();
        screenshot("outflow-journey-3-inbox");
        page.locator("#accept-report").click();
        assertThat(page.locator("#accept-report")).isHidden();
        page.navigate(url("outflow"));
        // other tests' trips of the same day may fill the first page of the list: look her up
        page.locator("#outflow-search input").fill("任春燕");
        assertThat(page.locator("#outflow-trips")).containsText("任春燕");

        // on the first of next month the job lists her for her group's re-check
        TenantContext.runAs(CHENGGUAN, () -> generation.generate(today.month().plusMonths(1)));
        long list = asOwner().sql("select id from " + CHENGGUAN.schema() + ".recheck_list"
                        + " where org_unit_code = ? and month = ?")
                .params(GROUP, YearMonth.from(today.date()).plusMonths(1).atDay(1)).query(Long.class).single();
        page.setViewportSize(390, 844);
        relogin("chengguan.group");
        page.navigate(url("recheck/" + list));
        assertThat(page.locator("#recheck-cards")).containsText("任春燕");
        screenshot("outflow-journey-4-next-recheck-phone");

        // she comes back: the township cancels the outflow on her page
        page.setViewportSize(1280, 800);
        relogin("chengguan.staff");
        page.navigate(url("outflow"));
        page.locator("#outflow-search input").fill("任春燕");
        page.locator("#outflow-trips").getByText("任春燕").click();
        page.locator("#declare-return").click();
        page.locator("#save-return").click();
        assertThat(page.locator("#save-return")).isHidden();
        assertThat(page.locator("#outflow-trips")).containsText(today.date() + " 返回");
        screenshot("outflow-journey-5-returned");
        page.navigate(url("outflow"));
        page.locator("#outflow-search input").fill("任春燕");
        assertThat(page.locator("#outflow-trips")).not().containsText("任春燕");
    }

    private void relogin(String username) {
        page.context().clearCookies();
        login(username, DEMO_PASSWORD);
        page.waitForURL(url(""));
    }
}
