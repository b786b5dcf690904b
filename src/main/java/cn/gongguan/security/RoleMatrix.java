package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * The role-assignment matrix (GB/T 22239-2019 level 3, 三员分立): for every role, which role in which unit may create an
 * account of it, grant it, disable it, unlock it and reset its password or second factor. The one place this is decided;
 * the services ask it before every act, the screens ask it which buttons to show, and docs/accounts.md shows it.
 *
 * <ul>
 *   <li>Business roles manage no accounts. The audit administrator manages nothing.</li>
 *   <li>The system administrator creates and disables; the security administrator grants, unlocks and resets. Creating
 *       an account and giving it its role are two acts by two people, so nobody makes an account alone.</li>
 *   <li>A unit's business accounts are managed inside the unit; its three administrators from the unit above, in the
 *       same two steps. The county has no unit above: its administrators are managed by their peers in the county
 *       (its first ones come from the configuration).</li>
 *   <li>Nobody acts on their own account (each changes their own password on the "my account" page).</li>
 * </ul>
 */
public final class RoleMatrix {

    /** Where the acting administrator works, seen from the account acted on. */
    public enum Unit {
        /** The account's own unit. */
        SAME,
        /** The unit directly above the account's (for the county, the county itself). */
        ABOVE
    }

    /** Who may do an act: an account of {@code role} in {@code unit}. */
    public record Actor(Role role, Unit unit) {
    }

    private RoleMatrix() {
    }

    /** Who may do {@code act} to an account of {@code target}. */
    public static Actor actor(AccountAct act, Role target) {
        Role role = switch (act) {
            case CREATE, DISABLE -> Role.SYSTEM_ADMIN;
            case GRANT, UNLOCK, RESET -> Role.SECURITY_ADMIN;
        };
        return new Actor(role, target.isAdministrator() ? Unit.ABOVE : Unit.SAME);
    }

    /** Whether {@code actor} may do {@code act} to an account of role {@code target} in unit {@code targetUnit}. */
    public static boolean allows(GongguanUser actor, AccountAct act, Role target, TenantCode targetUnit) {
        if (target == null || targetUnit == null || !target.allowedIn(targetUnit.kind())) {
            return false;
        }
        Actor who = actor(act, target);
        TenantCode actingUnit = who.unit() == Unit.SAME ? targetUnit : targetUnit.parent().orElse(targetUnit);
        return actor.role() == who.role() && actor.tenant().equals(actingUnit);
    }

    /** As {@link #allows} for an existing account, which is never the actor's own. */
    public static boolean allows(GongguanUser actor, AccountAct act, UserAccount target) {
        return target.id() != actor.id() && allows(actor, act, target.role(), target.tenant());
    }

    /** Refuses unless {@link #allows}. */
    static void check(GongguanUser actor, AccountAct act, Role target, TenantCode targetUnit) {
        if (!allows(actor, act, target, targetUnit)) {
            throw refusal(actor, act, target, targetUnit);
        }
    }

    /** Refuses unless {@link #allows}. */
    static void check(GongguanUser actor, AccountAct act, UserAccount target) {
        if (!allows(actor, act, target)) {
            throw refusal(actor, act, target.role(), target.tenant());
        }
    }

    private static AccessDeniedException refusal(GongguanUser actor, AccountAct act, Role target, TenantCode unit) {
        return new AccessDeniedException(actor.role() + " of " + actor.tenant() + " may not " + act + " an account of "
                + target + " in " + unit);
    }
}
