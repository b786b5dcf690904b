package cn.gongguan.enterprise;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who works with the enterprises: the township's administrator and staff, and the residents' committee's clerks —
 * each unit keeps its own register. Information officers do not: an enterprise is the unit's office's business, not a
 * village's, and its payroll names persons of every village.
 */
public final class EnterpriseAccess {

    public static final Set<Role> KEEPERS = Collections.unmodifiableSet(
            EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.COMMITTEE_CLERK));

    private EnterpriseAccess() {
    }

    /** The logged-in keeper; refuses anyone else. */
    static GongguanUser keeper() {
        return CurrentUser.inRole(KEEPERS, "keep the enterprises");
    }
}
