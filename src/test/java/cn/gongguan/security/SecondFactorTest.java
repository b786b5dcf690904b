package cn.gongguan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.audit.AuditAction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The second factor at login: enrolment, a code accepted once, recovery codes once, wrong codes toward the lockout. */
class SecondFactorTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");

    @Autowired
    TestLogins logins;
    @Autowired
    LoginSteps steps;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Passwords passwords;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCountyAccountEnrolsAtTheFirstLoginThenACodeWorksOnceAndARecoveryCodeWorksOnce() {
        provisioning.ensureDemo(COUNTY, new NewUser("county.totp", "县综治组成员", Role.COUNTY_GOVERNANCE, null),
                DEMO_PASSWORD, null);
        passwordLogin("county.totp");
        assertThat(CurrentUser.pending().orElseThrow().next()).isEqualTo(LoginStep.ENROL_SECOND_FACTOR);
        SecondFactors.Enrolment enrolment = secondFactors.start();
        List<String> recovery = secondFactors.confirm(enrolment, code(enrolment.secret(), Instant.now()), null);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        steps.enrolled();
        assertThat(CurrentUser.find()).as("logged in once enrolled").isPresent();

        passwordLogin("county.totp");
        assertThat(CurrentUser.pending().orElseThrow().next()).isEqualTo(LoginStep.SECOND_FACTOR);
        String next = code(enrolment.secret(), Instant.now().plusSeconds(30));
        assertThat(steps.enterCode(next)).as("the next step's code, within the window").isTrue();

        passwordLogin("county.totp");
        assertThat(steps.enterCode(next)).as("a code is never accepted twice").isFalse();
        assertThat(steps.enterCode(recovery.getFirst())).isTrue();

        passwordLogin("county.totp");
        assertThat(steps.enterCode(recovery.getFirst())).as("a recovery code works once").isFalse();
        assertThat(jdbc.sql("select count(*) from platform.audit_event where subject = 'county.totp'"
                        + " and action = ? and detail = 'second factor'")
                .param(AuditAction.LOGIN_FAILURE.name()).query(Integer.class).single())
                .as("wrong codes are failed logins").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from platform.app_user where username = 'county.totp'"
                        + " and position(convert_to(?, 'UTF8') in totp_secret) > 0")
                .param(enrolment.secret()).query(Integer.class).single()).as("the secret is sealed").isZero();
    }

    @Test
    void aLoginWaitingForItsCodeCannotReplaceTheSecondFactorNorThePassword() {
        passwordLogin("county.governance");
        assertThat(CurrentUser.pending().orElseThrow().next()).isEqualTo(LoginStep.SECOND_FACTOR);
        assertThatThrownBy(() -> secondFactors.start()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> passwords.changeOwn(DEMO_PASSWORD, "Another-Pass-2026"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void passwordLogin(String username) {
        SecurityContextHolder.getContext().setAuthentication(logins.passwordLogin(username, DEMO_PASSWORD));
    }

    private static String code(String secret, Instant at) {
        return Totp.code(secret, Totp.step(at));
    }
}
