package cn.gongguan.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the account for a login, locked when it has failed too often recently. */
@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final LoginLockout lockout;

    UserAccountDetailsService(UserAccounts accounts, LoginLockout lockout) {
        this.accounts = accounts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        String hash = accounts.passwordHash(account.id()).orElseThrow();
        return new GongguanUser(account, hash, lockout.isLocked(username));
    }
}
