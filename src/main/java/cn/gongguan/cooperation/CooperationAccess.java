package cn.gongguan.cooperation;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who works on regional cooperation: the county's and a township's administrator keep their unit's agreements,
 * bulletins and meetings; the county's governance group and the township's staff read them (the staff take part in
 * the work but do not commit the unit to anything). The county's roles also read every township's.
 */
public final class CooperationAccess {

    public static final Set<Role> KEEPERS = Collections.unmodifiableSet(
            EnumSet.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN));
    public static final Set<Role> READERS = Collections.unmodifiableSet(EnumSet.of(Role.COUNTY_ADMIN,
            Role.COUNTY_GOVERNANCE, Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF));
    public static final Set<Role> COUNTY = Collections.unmodifiableSet(
            EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_GOVERNANCE));

    private CooperationAccess() {
    }

    static GongguanUser reader() {
        return CurrentUser.inRole(READERS, "read regional cooperation");
    }

    static GongguanUser keeper() {
        return CurrentUser.inRole(KEEPERS, "keep regional cooperation");
    }

    /** Whether the current user keeps the unit's cooperation (the views show the edit buttons only then). */
    public static boolean keeps() {
        return CurrentUser.find().map(user -> KEEPERS.contains(user.role())).orElse(false);
    }

    /** Whether the current user works for the county (its lists show every township's records). */
    public static boolean isCounty() {
        return CurrentUser.find().map(user -> COUNTY.contains(user.role())).orElse(false);
    }
}
