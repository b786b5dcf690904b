package cn.gongguan.security;

import cn.gongguan.reference.Department;

/**
 * What the system administrator enters to create an account: no password (the security administrator's grant gives a
 * one-time one) and the role asked for (the security administrator grants it, or another).
 *
 * @param orgUnit    the village or community, required for (and only for) an information officer
 * @param department the department a liaison speaks for, required for (and only for) a {@link Role#LIAISON}
 */
public record NewUser(String username, String displayName, Role role, String orgUnit, Department department) {

    /** An account of any role but a liaison's. */
    public NewUser(String username, String displayName, Role role, String orgUnit) {
        this(username, displayName, role, orgUnit, null);
    }
}
