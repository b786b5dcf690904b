package cn.gongguan.governance;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who works on the governance group: the township's administrator keeps it, its staff read it; the county's
 * administrator and governance group read every township's state and record supervision visits.
 */
public final class GovernanceAccess {

    public static final Set<Role> TOWNSHIP_READERS = Collections.unmodifiableSet(
            EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF));
    public static final Set<Role> TOWNSHIP_KEEPERS = Collections.unmodifiableSet(EnumSet.of(Role.TOWNSHIP_ADMIN));
    public static final Set<Role> COUNTY = Collections.unmodifiableSet(
            EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_GOVERNANCE));

    private GovernanceAccess() {
    }

    static GongguanUser reader() {
        return CurrentUser.inRole(TOWNSHIP_READERS, "read the governance group");
    }

    static GongguanUser keeper() {
        return CurrentUser.inRole(TOWNSHIP_KEEPERS, "keep the governance group");
    }

    static GongguanUser county() {
        return CurrentUser.inRole(COUNTY, "supervise the townships' governance groups");
    }

    /** Whether the current user keeps the group (the views show the edit buttons only then). */
    public static boolean keeps() {
        return CurrentUser.find().map(user -> TOWNSHIP_KEEPERS.contains(user.role())).orElse(false);
    }
}
