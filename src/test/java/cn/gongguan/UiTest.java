package cn.gongguan;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.TestLogins;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Drives the real Vaadin UI in the test thread with Karibu-Testing. Karibu bypasses the servlet filters, so
 * {@link #login} does what Spring Security and the tenant binding filter do for a real request: it authenticates a
 * real user from the database and binds that user's tenant.
 */
public abstract class UiTest extends IntegrationTest {

    private static Routes routes;
    private TenantContext.Scope tenant;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private TestLogins logins;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("cn.gongguan");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        VaadinSession.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        clearLogin();
        MockVaadin.tearDown();
    }

    /** Logs the user in as the login form would, then opens the given view. */
    protected GongguanUser login(String username, Class<? extends Component> view) {
        GongguanUser user = logins.principal(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.role().name().equals(role));
        if (tenant != null) {
            // a second login in one test: leave the first user's tenant, else closing this scope would restore it
            tenant.close();
        }
        tenant = TenantContext.enter(user.tenant());
        UI.getCurrent().navigate(view);
        return user;
    }

    /** Makes a login the password check gave (complete or with steps left) this session's, then opens the view. */
    protected void login(org.springframework.security.core.Authentication authentication, Class<? extends Component> view) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().navigate(view);
    }

    /** Logs out and starts a fresh session, as the browser gets after a real logout. */
    protected void logout() {
        clearLogin();
        MockVaadin.tearDown();
        setUpVaadin();
    }

    private void clearLogin() {
        SecurityContextHolder.clearContext();
        if (tenant != null) {
            tenant.close();
            tenant = null;
        }
    }
}
