package cn.gongguan.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Logins for tests that drive the UI or the services without the login form. */
@Component
public class TestLogins {

    private final UserAccounts accounts;
    private final PasswordLogin passwordLogin;

    TestLogins(UserAccounts accounts, PasswordLogin passwordLogin) {
        this.accounts = accounts;
        this.passwordLogin = passwordLogin;
    }

    /** The principal of a complete login of the account, as the login steps leave it. */
    public GongguanUser principal(String username) {
        return new GongguanUser(accounts.lockForLogin(username).orElseThrow());
    }

    /** What the login form's check gives for the name and password: a complete or a pending login. */
    public Authentication passwordLogin(String username, String password) {
        return passwordLogin.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
