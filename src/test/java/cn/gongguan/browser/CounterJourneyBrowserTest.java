package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.AccountProvisioning;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 城关镇's staff at the one-stop counter, as a scanner drives it: a wrong number refused at the field; an outflow person
 * scanned, the certificate due issued right there and the service recorded; the next person scanned over the
 * selected field — an inflow person due a visit — and then someone not registered, offered registration; the day's
 * log. At the desktop width and on a 390 px counter tablet.
 */
class CounterJourneyBrowserTest extends BrowserTest {

    private static final String XIANNONG = "621227100200";

    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Today today;

    private String outflow;
    private String inflow;

    @BeforeEach
    void twoPersonsOfChengguan() {
        PersonDetails away = OutflowFixtures.person("窗口旅程甲", XIANNONG);
        PersonDetails arrived = PersonFixtures.details("窗口旅程乙",
                PersonFixtures.newIdNumber(LocalDate.of(1991, 4, 5), Sex.FEMALE));
        arrived.setArrivalDate(today.date().minusDays(3));
        arrived.setCertificateChecked(true);
        accounts.runAs("chengguan.staff", () -> {
            trips.depart(away, OutflowFixtures.trip(today.date().minusDays(30), OutflowFixtures.CHUNXILU),
                    TripSource.TOWNSHIP);
            registry.register(arrived);
        });
        outflow = away.getIdNumber();
        inflow = arrived.getIdNumber();
    }

    /** What a scanner does: types the characters into the focused field, fast, then Enter. */
    private void scan(String number) {
        page.keyboard().type(number, new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(5));
        page.keyboard().press("Enter");
    }

    @Test
    void staffScanSeeWhatIsDueIssueTheCertificateRecordTheServiceAndServeTheNext() {
        login("chengguan.staff", DEMO_PASSWORD);
        page.waitForURL(url(""));
        page.navigate(url("counter"));
        Locator field = page.locator("#counter-id-number input");
        assertThat(field).isFocused();
        both("counter-1-empty");

        // a number misread: refused at the field, kept there to correct
        String wrong = outflow.substring(0, 17) + (outflow.charAt(17) == '1' ? "2" : "1");
        scan(wrong);
        assertThat(page.locator("#counter-id-number")).containsText("校验位不符");
        assertThat(field).hasValue(wrong);

        // the outflow person: the certificate is due, issued right there, logged at the counter
        scan(outflow.toLowerCase());
        assertThat(page.locator("#counter-person")).containsText("窗口旅程甲");
        assertThat(page.locator("#counter-person-facts")).containsText(new IdNumber(outflow).masked());
        assertThat(page.locator("#counter-due")).containsText("办理婚育证明");
        assertThat(page.locator("#counter-due")).containsText("本季度生殖健康服务");
        both("counter-2-outflow-due");
        page.locator("#counter-issue-certificate").click();
        page.locator("#certificate-number input").fill("CK-" + outflow.substring(10));
        screenshot("counter-3-certificate");
        page.locator("#save-certificate").click();
        assertThat(page.locator("#save-certificate")).isHidden();
        assertThat(page.locator("#counter-due")).not().containsText("办理婚育证明");
        assertThat(page.locator("#counter-served")).containsText("签发婚育证明");

        // the service given besides: information handed out, with a note kept sealed
        page.locator("#counter-record-service").click();
        page.locator("#counter-service").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText(Pattern.compile("^\\s*发放计划生育服务资料\\s*$"))).first().click();
        page.locator("#counter-service-note textarea").fill("本人询问流入地免费服务项目");
        page.locator("#counter-save-service").click();
        assertThat(page.locator("#counter-save-service")).isHidden();
        assertThat(page.locator("#counter-served")).containsText("发放计划生育服务资料");
        assertThat(page.locator("#counter-served")).not().containsText("免费服务项目");
        both("counter-4-served");

        // the next person is scanned over the selected field: an inflow person whose visit is due
        assertThat(field).isFocused();
        scan(inflow);
        assertThat(page.locator("#counter-person")).containsText("窗口旅程乙");
        assertThat(page.locator("#counter-due")).containsText("一访：登记走访");
        both("counter-5-inflow-due");

        // someone not registered here: offered registration with the number filled in
        page.locator("#counter-next").click();
        assertThat(field).isFocused();
        assertThat(field).hasValue("");
        String stranger = PersonFixtures.newIdNumber(LocalDate.of(1987, 7, 7), Sex.MALE);
        scan(stranger);
        assertThat(page.locator("#counter-unknown")).containsText(new IdNumber(stranger).masked());
        page.locator("#counter-register").click();
        assertThat(page.locator("#person-idNumber input")).hasValue(stranger);
        both("counter-6-register");
        page.keyboard().press("Escape");

        // the day's log: who was served, with what
        page.navigate(url("counter/log"));
        assertThat(page.locator("#counter-log")).containsText("窗口旅程甲");
        assertThat(page.locator("body")).not().containsText("免费服务项目");
        both("counter-7-log");
    }
}
