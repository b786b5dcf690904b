package cn.gongguan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditTrail;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Login through the real Spring Security filter chain: success, failures, lockout, unlock, and their audit. */
class LoginTest extends IntegrationTest {

    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final String PASSWORD = "Right-Pass-2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theRightPasswordLogsInAndIsAudited() throws Exception {
        String username = newUser("login.ok");
        MvcResult result = login(username, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(events(username)).extracting(AuditEvent::action).containsExactly(AuditAction.LOGIN_SUCCESS);
        assertThat(events(username).getFirst().tenant()).isEqualTo(FUJIA);
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = newUser("login.lock");
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong-" + i).getResponse().getRedirectedUrl()).endsWith("/login?error");
        }
        MvcResult refused = login(username, PASSWORD);
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
        assertThat(events(username)).extracting(AuditEvent::action).containsExactly(
                AuditAction.LOGIN_REFUSED, AuditAction.ACCOUNT_LOCKED, AuditAction.LOGIN_FAILURE,
                AuditAction.LOGIN_FAILURE, AuditAction.LOGIN_FAILURE, AuditAction.LOGIN_FAILURE,
                AuditAction.LOGIN_FAILURE);
    }

    @Test
    void fourFailuresDoNotLockAndASuccessStartsTheCountAgain() throws Exception {
        String username = newUser("login.four");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong");
        }
        assertThat(login(username, PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong");
        }
        assertThat(login(username, PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void anUnlockBySecurityAdministratorLetsTheUserInAgain() throws Exception {
        String username = newUser("login.unlock");
        for (int i = 0; i < 5; i++) {
            login(username, "wrong");
        }
        audit.record(FUJIA, "fujia.secadmin", AuditAction.ACCOUNT_UNLOCKED, username, null, null);
        assertThat(login(username, PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String username = newUser("login.disabled");
        UserAccount account = userAccounts.findByUsername(username).orElseThrow();
        userAccounts.setEnabled(FUJIA, account.id(), false);
        MvcResult refused = login(username, PASSWORD);
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(DisabledException.class);
        assertThat(events(username).getFirst().action()).isEqualTo(AuditAction.LOGIN_REFUSED);
    }

    @Test
    void aFailedLoginUnderAnUnknownNameIsAuditedForTheCounty() throws Exception {
        login("nobody.here", "whatever");
        List<AuditEvent> events = audit.list(TenantCode.of("621227"), new AuditFilter("nobody.here", null, null, null), 0, 10);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LOGIN_FAILURE);
            assertThat(e.tenant()).isNull();
        });
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        assertThatThrownBy(() -> jdbc.sql("update platform.audit_event set actor = 'someone else'").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from platform.audit_event").update())
                .hasStackTraceContaining("append-only");
    }

    @Test
    void passwordsAreStoredAsStrongHashesOnly() {
        String username = newUser("login.hash");
        String hash = jdbc.sql("select password_hash from platform.app_user where username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$12$").doesNotContain(PASSWORD);
    }

    private MvcResult login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
    }

    private String newUser(String prefix) {
        String username = prefix + "." + System.nanoTime() % 100000;
        accounts.ensure(FUJIA, new NewUser(username, "测试用户", Role.TOWNSHIP_STAFF, null, PASSWORD));
        return username;
    }

    private List<AuditEvent> events(String username) {
        return audit.list(FUJIA, new AuditFilter(username, null, null, null), 0, 50).stream()
                .filter(e -> e.action() != AuditAction.USER_CREATED)
                .toList();
    }
}
