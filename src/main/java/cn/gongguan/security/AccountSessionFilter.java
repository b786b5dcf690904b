package cn.gongguan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions follow their account: on every request of a logged-in session, the account's status and session epoch are
 * read (one primary-key lookup). When the account was disabled, its role changed, or its password or second factor
 * reset since the session began, the session ends there and the request goes on as anonymous, so the next page is
 * the login.
 */
final class AccountSessionFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;

    AccountSessionFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser.login().ifPresent(login -> {
            boolean current = accounts.sessionState(login.accountId())
                    .filter(state -> state.status() == AccountStatus.ACTIVE && state.epoch() == login.epoch())
                    .isPresent();
            if (!current) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        });
        chain.doFilter(request, response);
    }
}
