package cn.gongguan.security;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.EnumSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A unit's security settings, kept by its security administrator. The second factor is always required of the three
 * administrators and of every county account; for the others the unit decides (off by default).
 */
@Service
public class UnitSecurity {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    UnitSecurity(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the account must have a second factor. */
    boolean secondFactorRequired(UserAccount account) {
        return secondFactorAlwaysRequired(account.role(), account.tenant()) || requiredForAll(account.tenant());
    }

    /** The administrators and the county's accounts: whatever the unit's setting. */
    public static boolean secondFactorAlwaysRequired(Role role, TenantCode unit) {
        return role.isAdministrator() || unit.kind() == TenantKind.COUNTY;
    }

    /** The security administrator's own unit's setting. */
    @PlatformTransactional(readOnly = true)
    public boolean secondFactorRequiredForAll() {
        return requiredForAll(securityAdministrator().tenant());
    }

    @PlatformTransactional
    public void requireSecondFactorForAll(boolean required) {
        GongguanUser admin = securityAdministrator();
        jdbc.sql("""
                insert into platform.unit_security (tenant_code, second_factor_required, updated_by) values (?, ?, ?)
                on conflict (tenant_code) do update set second_factor_required = excluded.second_factor_required,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .params(admin.tenant().value(), required, admin.getUsername()).update();
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.UNIT_SECURITY_CHANGED, admin.tenant().value(),
                "second factor required of all accounts: " + required, null);
    }

    private boolean requiredForAll(TenantCode unit) {
        return jdbc.sql("select second_factor_required from platform.unit_security where tenant_code = ?")
                .param(unit.value()).query(Boolean.class).optional().orElse(false);
    }

    private static GongguanUser securityAdministrator() {
        return CurrentUser.inRole(EnumSet.of(Role.SECURITY_ADMIN), "keep the unit's security settings");
    }
}
