package cn.gongguan.security;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The department liaisons (部门联络员) of a county: its active {@link Role#LIAISON} accounts, whom the county's
 * governance group names in its joint operations. Only their names and departments leave this class's callers' hands
 * in a plan; the accounts themselves stay with the account keepers.
 */
@Service
public class CountyLiaisons {

    private final UserAccounts accounts;

    CountyLiaisons(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The county's active liaison accounts, by user name. */
    @PlatformTransactional(readOnly = true)
    public List<UserAccount> of(TenantCode county) {
        return accounts.withRole(List.of(county), List.of(Role.LIAISON)).stream().filter(UserAccount::active)
                .toList();
    }
}
