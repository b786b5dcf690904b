package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The joint operation's journey across the county, two townships and a department liaison: the county's governance
 * group plans an operation for 城关镇 and 伏家镇 and publishes it; 城关镇's staff, on a phone, assigns a key location to a
 * team, records what it found there (a person newly registered, a house let unregistered) and submits; the police
 * liaison records at that location on a phone; 伏家镇 does its part; the county sees both townships' progress, sends
 * 伏家镇's result back for rework and closes the operation with a summary.
 */
class OperationJourneyBrowserTest extends BrowserTest {

    private static final String FUJIA = "621227101";

    @Autowired
    Today today;

    @AfterEach
    void lastScreen() {
        screenshot("operation-last");
    }

    @Test
    void theCountyPlansTwoTownshipsAndALiaisonRecordTheCountyAsksReworkAndCloses() {
        String title = "联合清理旅程 " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate ends = today.date().plusDays(20);
        String newcomer = PersonFixtures.newIdNumber(
                LocalDate.of(1985 + (int) (Math.random() * 15), 1 + (int) (Math.random() * 12),
                        1 + (int) (Math.random() * 28)), Sex.MALE);
        String landlord = PersonFixtures.newIdNumber(LocalDate.of(1970, 3, 8), Sex.FEMALE);
        String house = "城关镇先农村二组 " + title.substring(title.length() - 8) + " 号";

        // the county's governance group plans the operation (this context stays the county's: one second factor)
        Page county = page;
        login("county.governance", DEMO_PASSWORD);
        secondFactor();
        page.navigate(url("operations"));
        page.locator("#plan-operation").click();
        page.locator("#operation-title input").fill(title);
        page.locator("#operation-ends input").fill(ends.toString().replace('-', '/'));
        page.locator("#operation-ends input").press("Tab");
        pickTownship("城关");
        pickTownship("伏家");
        page.locator("#operation-townships input").press("Tab");
        check("#operation-kinds", "城中村");
        check("#operation-kinds", "农贸市场");
        check("#operation-departments", "计生办");
        check("#operation-departments", "公安派出所");
        check("#operation-departments", "市场监督管理");
        page.locator("#operation-lead input").fill("县综治办 李主任");
        page.locator("#operation-liaisons input").fill("城关派出所");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText("城关派出所联络员")).first().click();
        page.locator("#operation-liaisons input").press("Tab");
        page.locator("#operation-instructions textarea").fill("逐户查验流动人口，发现未登记的当场登记。");
        both("operation-1-plan");
        page.locator("#save-operation").click();
        assertThat(page.locator("#operation-heading")).containsText(title);
        assertThat(page.locator("#operation-heading")).containsText("草稿");
        assertThat(page.locator("#operation-plan")).containsText("城中村、农贸市场");
        page.locator("#operation-publish").click();
        page.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
        assertThat(page.locator("#operation-heading")).containsText("进行中");
        assertThat(page.locator("#operation-totals")).containsText("0 / 2");
        assertThat(page.locator("#operation-townships")).containsText("城关镇");
        assertThat(page.locator("#operation-townships")).containsText("伏家镇");
        both("operation-2-published");

        // 城关镇's staff, on a phone, assigns a key location to a team and records what it found
        visitor(390);
        login("chengguan.staff", DEMO_PASSWORD);
        page.waitForURL(url(""));
        page.navigate(url("operations/tasks"));
        page.locator("#operation-tasks").getByText(title).click();
        assertThat(page.locator("#operation-task-title")).hasText(title);
        assertThat(page.locator("#operation-task-facts")).containsText("县综治办 李主任");
        page.locator("#operation-task-key-location").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("先农城中村")).first().click();
        page.locator("#operation-task-team input").fill("城关第一清查组");
        page.locator("#operation-task-assign").click();
        assertThat(page.locator("#operation-task-locations")).containsText("城关第一清查组");
        assertThat(page.locator("#operation-task-locations")).containsText("未查");
        assertThat(page.locator("#operation-task-team")).not().hasAttribute("invalid", "");
        screenshot("operation-3-task-assigned-390");
        page.locator("#operation-task-record").click();
        page.locator("#finding-personsChecked input").fill("15");
        page.locator("#finding-add-person").click();
        page.locator("#finding-person-0-idNumber input").fill(newcomer);
        page.locator("#finding-person-0-name input").fill("清查新登记");
        page.locator("#finding-person-0-phone input").fill("13909391234");
        page.locator("#finding-person-0-registrationPlace input").fill("礼县 城关");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("甘肃省陇南市礼县城关镇"))
                .first().click();
        page.locator("#finding-person-0-maritalStatus").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("已婚")).first().click();
        page.locator("#finding-person-0-certificateChecked").click();
        page.locator("#finding-add-house").click();
        page.locator("#finding-house-1-address input").fill(house);
        page.locator("#finding-house-1-landlordName input").fill("房东清查");
        page.locator("#finding-house-1-landlordIdNumber input").fill(landlord);
        page.locator("#finding-house-1-landlordPhone input").fill("13909395678");
        screenshot("operation-4-finding-390");
        page.locator("#save-finding").click();
        assertThat(page.locator("#save-finding")).isHidden();
        assertThat(page.locator("#operation-task-locations")).containsText("查验 15，新登记 1，无证 0，转介 0，出租屋 1");
        assertThat(page.locator("#operation-task-findings")).containsText("chengguan.staff");
        page.locator("#operation-task-result-note textarea").fill("先农城中村已清查完毕。");
        page.locator("#operation-task-submit").click();
        assertThat(page.locator("#operation-task-facts")).containsText("已上报");
        screenshot("operation-5-task-submitted-390");

        // the newcomer waits in 城关镇's registry for the visit, and is nowhere in 伏家镇's
        Assertions.assertThat(asOwner().sql("select flow_type from t_621227100.person where id_number = ?")
                .param(newcomer).query(String.class).list()).containsExactly("INFLOW");
        Assertions.assertThat(asOwner().sql("""
                        select count(*) from t_621227100.step_record s join t_621227100.person p on p.id = s.person_id
                        where p.id_number = ?""").param(newcomer).query(Long.class).single())
                .as("no visit yet").isZero();
        Assertions.assertThat(asOwner().sql("select count(*) from t_621227100.rental_house where address = ?")
                .param(house).query(Long.class).single()).isEqualTo(1);
        Assertions.assertThat(asOwner().sql("select count(*) from t_621227101.person where id_number = ?")
                .param(newcomer).query(Long.class).single()).isZero();

        // the police liaison, on a phone, records at that location
        visitor(390);
        login("county.police", DEMO_PASSWORD);
        secondFactor();
        page.navigate(url("liaison"));
        page.locator("#liaison-operation").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        assertThat(page.locator("#liaison-locations")).containsText("先农城中村");
        page.locator("#liaison-record").click();
        assertThat(page.locator("#finding-location")).containsText("先农城中村");
        page.locator("#finding-personsChecked input").fill("6");
        page.locator("#finding-note textarea").fill("派出所民警随队查验身份证件。");
        screenshot("operation-6-liaison-finding-390");
        page.locator("#save-finding").click();
        assertThat(page.locator("#save-finding")).isHidden();
        assertThat(page.locator("#liaison-mine")).containsText(title);
        screenshot("operation-7-liaison-recorded-390");

        // 伏家镇 assigns, records and submits
        visitor(1280);
        login("fujia.staff", DEMO_PASSWORD);
        page.waitForURL(url(""));
        page.navigate(url("operations/tasks"));
        page.locator("#operation-tasks").getByText(title).click();
        page.locator("#operation-task-key-location").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("伏镇村老街")).first().click();
        page.locator("#operation-task-team input").fill("伏家清查组");
        page.locator("#operation-task-assign").click();
        assertThat(page.locator("#operation-task-locations")).containsText("伏家清查组");
        page.locator("#operation-task-record").click();
        page.locator("#finding-personsChecked input").fill("8");
        page.locator("#save-finding").click();
        assertThat(page.locator("#save-finding")).isHidden();
        page.locator("#operation-task-submit").click();
        assertThat(page.locator("#operation-task-facts")).containsText("已上报");
        Page fujia = page;
        both("operation-8-fujia-submitted");

        // the county sees both townships' progress
        page = county;
        page.locator("#operation-refresh").click();
        assertThat(page.locator("#operation-totals")).containsText("2 / 2");
        assertThat(cell("已上报")).hasCount(2);
        assertThat(page.locator("#operation-totals")).containsText("29");
        assertThat(cell("21")).hasCount(1); // 城关镇: its 15 checked and the liaison's 6
        assertThat(cell("8")).hasCount(1); // 伏家镇
        both("operation-9-progress");

        // asks 伏家镇 for rework with a reason
        page.locator("#rework-" + FUJIA).click();
        page.locator("#rework-reason textarea").fill("伏家镇农贸市场未清查，请补查后重新上报。");
        screenshot("operation-10-rework");
        page.locator("#save-rework").click();
        assertThat(page.locator("#save-rework")).isHidden();
        assertThat(page.locator("#operation-townships")).containsText("退回重做");
        assertThat(page.locator("#operation-townships")).containsText("伏家镇农贸市场未清查");
        assertThat(page.locator("#operation-totals")).containsText("1 / 2");

        // 伏家镇 sees why
        page = fujia;
        page.reload();
        assertThat(page.locator("#operation-task-rework")).containsText("伏家镇农贸市场未清查");
        screenshot("operation-11-fujia-rework");

        // the county closes the operation with a summary
        page = county;
        page.locator("#operation-close").click();
        page.locator("#close-summary textarea").fill("两镇共查验流动人口，新登记 1 人，发现未登记出租屋 1 处。");
        page.locator("#save-close").click();
        assertThat(page.locator("#save-close")).isHidden();
        assertThat(page.locator("#operation-heading")).containsText("已结束");
        assertThat(page.locator("#operation-summary")).containsText("新登记 1 人");
        Assertions.assertThat(page.locator("#operation-close").isVisible()).isFalse();
        both("operation-12-closed");
    }

    /** A new visitor (own cookies) at the given width; the page becomes theirs. */

    /** The cells of the progress grid that show exactly this text. */
    private Locator cell(String text) {
        return page.locator("#operation-townships vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^" + text + "$")));
    }

    private void pickTownship(String filter) {
        page.locator("#operation-townships input").fill(filter);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(filter + "镇")).first().click();
    }

    private void check(String group, String label) {
        page.locator(group + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(label)).first()
                .click();
    }
}
