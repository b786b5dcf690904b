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

    /**
     * A colleague of the account: another active account of the same unit, role and village (made once), for tests
     * where two users work on the same record. Returns its user name.
     */
    public synchronized String colleague(String username) {
        String name = username + ".2";
        if (!accounts.exists(name)) {
            UserAccount account = accounts.findByUsername(username).orElseThrow();
            accounts.insertActive(new NewUser(name, account.displayName() + "（同事）", account.role(), account.orgUnit()),
                    "{noop}unused", false, account.tenant());
        }
        return name;
    }

    /** What the login form's check gives for the name and password: a complete or a pending login. */
    public Authentication passwordLogin(String username, String password) {
        return passwordLogin.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
