package cn.gongguan.security;

/**
 * What an administrator enters to create a user account in their own tenant.
 *
 * @param orgUnit the village or community, required for (and only for) an information officer
 */
public record NewUser(String username, String displayName, Role role, String orgUnit, String password) {
}
