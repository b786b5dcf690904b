package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.AccountProvisioning;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first journey of every user: log in (with the second factor where required), see one's own unit, switch language. */
class LoginJourneyBrowserTest extends BrowserTest {

    /** The demo accounts' published second-factor secret (application.yml, README). */
    private static final String DEMO_SECRET = "GONGGUANDEMOTOTPSECRET22";

    @Autowired
    AccountProvisioning accounts;

    @Test
    void aWrongPasswordIsRefusedWithAReasonInChinese() {
        login("county.admin", "not-the-password");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
        screenshot("login-error");
    }

    @Test
    void theCountyAdministratorTypesTheSecondFactorAndSeesEveryUnitOfTheCounty() {
        login("county.admin", DEMO_PASSWORD);
        assertThat(page.locator("#login-code")).isVisible();
        screenshot("login-second-factor");
        page.locator("#login-code input").fill(code(DEMO_SECRET));
        page.locator("#login-code-verify").click();
        assertThat(page.locator("#tenant-name")).hasText("徽县");
        assertThat(page.locator("#county-tenants")).containsText("城关镇");
        assertThat(page.locator("#county-tenants")).containsText("北街居委会");
        screenshot("county-home");
    }

    @Test
    void aNewCountyAccountEnrolsItsSecondFactorAtTheFirstLoginAndKeepsTheRecoveryCodes() {
        accounts.ensureDemo(TenantCode.of("621227"), new NewUser("county.newcomer", "县综治组新成员",
                Role.COUNTY_GOVERNANCE, null), DEMO_PASSWORD, null);
        login("county.newcomer", DEMO_PASSWORD);
        assertThat(page.locator("#second-factor-secret")).isVisible();
        screenshot("second-factor-enrolment");
        String secret = page.locator("#second-factor-secret").textContent().replace(" ", "");
        page.locator("#enrol-code input").fill(code(secret));
        page.locator("#enrol-confirm").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        screenshot("second-factor-recovery-codes");
        page.locator("#recovery-kept").click();
        assertThat(page.locator("#tenant-name")).hasText("徽县");
    }

    @Test
    void aTownshipAdministratorSeesItsVillagesAndCanSwitchToEnglish() {
        login("chengguan.admin", DEMO_PASSWORD);
        assertThat(page.locator("#tenant-name")).hasText("城关镇");
        assertThat(page.locator("#org-units")).containsText("村委会");
        screenshot("township-home");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByText("English").click();
        assertThat(page.locator("#main-nav")).containsText("Registry");
        assertThat(page.locator("#main-nav")).not().containsText("Users");
        screenshot("township-home-en");
    }

    /** The code an authenticator app shows now for the secret. */
    private static String code(String secret) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
            return "%06d".formatted(generator.generateOneTimePassword(
                    new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), Instant.now()));
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
