package cn.gongguan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.security.audit.AuditTrail;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    AuditRows audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestLogins logins;
    @Autowired
    Sealer sealer;
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
        assertThat(refused.getResponse().getRedirectedUrl()).as("the same answer as a wrong password")
                .endsWith("/login?error");
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
        trail.record(FUJIA, "fujia.secadmin", AuditAction.ACCOUNT_UNLOCKED, username, null, null);
        assertThat(login(username, PASSWORD).getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String username = newUser("login.disabled");
        UserAccount account = userAccounts.findByUsername(username).orElseThrow();
        userAccounts.disable(account.id(), "login.test");
        MvcResult refused = login(username, PASSWORD);
        assertThat(refused.getResponse().getRedirectedUrl()).as("the same answer as a wrong password")
                .endsWith("/login?error");
        assertThat(events(username).getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LOGIN_REFUSED);
            assertThat(e.detail()).as("the trail tells the administrators why").isEqualTo("DISABLED");
        });
    }

    @Test
    void aFailedLoginUnderAnUnknownNameIsAuditedForTheCountyWithTheNameOnlyAsAKeyedHash() throws Exception {
        String typed = "Pa55word-typed-as-name-" + System.nanoTime();
        login(typed, "whatever");
        Integer clear = jdbc.sql("select count(*) from platform.audit_event where actor like ? or subject like ?"
                        + " or detail like ?")
                .params("%" + typed + "%", "%" + typed + "%", "%" + typed + "%").query(Integer.class).single();
        assertThat(clear).as("the typed name is never stored in clear").isZero();
        String hashed = "#" + sealer.keyedHash(typed).substring(0, 32);
        List<AuditEvent> events = audit.list(TenantCode.of("621227"), new AuditFilter(hashed, null, null, null), 0, 10);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LOGIN_FAILURE);
            assertThat(e.tenant()).isNull();
        });
    }

    @Test
    void twentyParallelWrongPasswordsLockTheAccountWithExactlyFiveFailuresCounted() throws Exception {
        String username = newUser("login.parallel");
        try (var pool = Executors.newFixedThreadPool(20)) {
            List<Future<?>> attempts = IntStream.range(0, 20)
                    .mapToObj(i -> pool.submit(() -> {
                        try {
                            logins.passwordLogin(username, "wrong-" + i);
                        } catch (BadCredentialsException expected) {
                            // every attempt is refused
                        }
                    }))
                    .<Future<?>>map(f -> f).toList();
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        }
        List<AuditEvent> events = events(username);
        assertThat(events).filteredOn(e -> e.action() == AuditAction.LOGIN_FAILURE).hasSize(5);
        assertThat(events).filteredOn(e -> e.action() == AuditAction.ACCOUNT_LOCKED).hasSize(1);
        assertThat(events).filteredOn(e -> e.action() == AuditAction.LOGIN_REFUSED).hasSize(15);
        assertThatThrownBy(() -> logins.passwordLogin(username, PASSWORD)).as("locked, even for the right password")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtTheirNextRequest() throws Exception {
        String username = newUser("login.sessions");
        MockHttpSession first = session(login(username, PASSWORD));
        MockHttpSession second = session(login(username, PASSWORD));
        assertThat(loggedIn(first)).isTrue();
        assertThat(loggedIn(second)).isTrue();

        userAccounts.disable(userAccounts.findByUsername(username).orElseThrow().id(), "login.test");
        assertThat(loggedIn(first)).as("first session ended").isFalse();
        assertThat(loggedIn(second)).as("second session ended").isFalse();
    }

    @Test
    void theLoginFormThrottlesOneAddressWhateverTheNames() throws Exception {
        LoginThrottle throttle = new LoginThrottle(3);
        for (int i = 0; i < 4; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
            request.setServletPath("/login");
            request.setRemoteAddr("10.0.0.7");
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            throttle.doFilter(request, response, chain);
            if (i < 3) {
                assertThat(chain.getRequest()).as("attempt %d goes on to the login", i).isNotNull();
            } else {
                assertThat(chain.getRequest()).as("the fourth in a minute is stopped").isNull();
                assertThat(response.getRedirectedUrl()).isEqualTo("/login?throttled");
            }
        }
        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/login");
        other.setServletPath("/login");
        other.setRemoteAddr("10.0.0.8");
        MockFilterChain chain = new MockFilterChain();
        throttle.doFilter(other, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("another address is not held up").isNotNull();
    }

    /** The session of a login, and whether the application still takes it as logged in. */
    private static MockHttpSession session(MvcResult login) {
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private boolean loggedIn(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/no-such-page").session(session)).andReturn();
        return result.getResponse().getRedirectedUrl() == null
                || !result.getResponse().getRedirectedUrl().contains("/login");
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        // even for the owner of the table (the application's runtime role is not granted either: DatabaseRolesTest)
        assertThatThrownBy(() -> asOwner().sql("update platform.audit_event set actor = 'someone else'").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> asOwner().sql("delete from platform.audit_event").update())
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
        accounts.ensureDemo(FUJIA, new NewUser(username, "测试用户", Role.TOWNSHIP_STAFF, null), PASSWORD, null);
        return username;
    }

    private List<AuditEvent> events(String username) {
        return audit.list(FUJIA, new AuditFilter(username, null, null, null), 0, 50).stream()
                .filter(e -> e.action() != AuditAction.USER_CREATED)
                .toList();
    }
}
