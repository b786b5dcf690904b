package cn.gongguan.counter;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who works at the one-stop counter: the township's administrator and staff. The counter is the township's service
 * hall, where certificates are issued; a residents' committee issues none, and its clerk serves its persons from their
 * page. Information officers work in their village, not at the counter.
 */
public final class CounterAccess {

    public static final Set<Role> ROLES = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);

    private CounterAccess() {
    }

    static GongguanUser user(String work) {
        return CurrentUser.inRole(ROLES, work);
    }
}
