package cn.gongguan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.gongguan.platform.TenantKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The role-assignment matrix, at the services (not the screens): every actor role × every target role × every act,
 * the actor in the account's own unit, in the unit above and in a sibling unit (another tenant, always refused). The expectation is written here from the principles of
 * the matrix, independently of {@link RoleMatrix}:
 * creating and disabling is the system administrator's, granting, unlocking and resetting the security
 * administrator's; business accounts are managed in their own unit, the three administrators from the unit above
 * (the county's by the county itself); nobody else manages any account.
 */
class RoleMatrixTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode TOWNSHIP = TenantCode.of("621227100");
    private static final TenantCode COMMITTEE = TenantCode.of("621227100001");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    SecurityAdministration security;
    @Autowired
    OrgUnits orgUnits;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @TestFactory
    Stream<DynamicTest> everyActorRoleOnEveryTargetRoleForEveryActIsAllowedOrRefusedAtTheService() {
        String village = TenantContext.callAs(TOWNSHIP, () -> orgUnits.villages().getFirst().getCode());
        String group = TenantContext.callAs(TOWNSHIP, () -> orgUnits.active().stream().filter(OrgUnit::isGroup)
                .findFirst().orElseThrow().getCode());
        List<DynamicTest> tests = new ArrayList<>();
        for (Role target : Role.values()) {
            for (TenantCode unit : List.of(COUNTY, TOWNSHIP, COMMITTEE)) {
                if (!target.allowedIn(unit.kind())) {
                    continue;
                }
                for (TenantCode actorUnit : actorUnits(unit)) {
                    for (Role actorRole : Role.values()) {
                        if (!actorRole.allowedIn(actorUnit.kind())) {
                            continue;
                        }
                        for (AccountAct act : AccountAct.values()) {
                            boolean expected = expected(actorRole, actorUnit, act, target, unit);
                            tests.add(DynamicTest.dynamicTest("%s of %s %s %s of %s: %s".formatted(actorRole,
                                    actorUnit, act, target, unit, expected ? "allowed" : "refused"),
                                    () -> check(actorRole, actorUnit, act, target, unit, scope(target, village, group),
                                            expected)));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    /** The account's own unit, the unit above, and a sibling unit (another township, another committee). */
    private static List<TenantCode> actorUnits(TenantCode unit) {
        return switch (unit.kind()) {
            case COUNTY -> List.of(COUNTY);
            case TOWNSHIP -> List.of(TOWNSHIP, COUNTY, TenantCode.of("621227101"));
            case COMMITTEE -> List.of(COMMITTEE, TOWNSHIP, TenantCode.of("621227100002"));
        };
    }

    private static boolean expected(Role actorRole, TenantCode actorUnit, AccountAct act, Role target, TenantCode unit) {
        Role doer = EnumSet.of(AccountAct.CREATE, AccountAct.DISABLE).contains(act) ? Role.SYSTEM_ADMIN
                : Role.SECURITY_ADMIN;
        boolean administrator = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN).contains(target);
        TenantCode managingUnit = administrator ? unit.parent().orElse(unit) : unit;
        return actorRole == doer && actorUnit.equals(managingUnit);
    }

    /** The org unit an account of the role is scoped to: a village for a level-1 officer, a group for a level-2 one. */
    private static String scope(Role role, String village, String group) {
        return switch (role) {
            case VILLAGE_OFFICER -> village;
            case GROUP_OFFICER -> group;
            default -> null;
        };
    }

    /** A liaison's or verifier's account speaks for a department; no other account does. */
    private static String department(Role role) {
        return role.speaksForDepartment() ? "POLICE" : null;
    }

    private void check(Role actorRole, TenantCode actorUnit, AccountAct act, Role target, TenantCode unit,
                       String orgUnit, boolean expected) {
        String name = "m" + SEQUENCE.incrementAndGet();
        UserAccount account = act == AccountAct.CREATE ? null : targetAccount(name, target, unit, orgUnit, act);
        loginAs(actorRole, actorUnit);
        try (var scope = TenantContext.enter(actorUnit)) {
            Runnable attempt = switch (act) {
                case CREATE -> () -> {
                    NewUser user = new NewUser(name + ".new", "矩阵", target, orgUnit, department(target));
                    if (unit.equals(actorUnit)) {
                        administration.create(user);
                    } else {
                        administration.appoint(unit, user);
                    }
                };
                case GRANT -> () -> {
                    security.grant(account);
                    // one security administrator grants one administrator per unit: clear the way for the next case
                    accounts.disable(account.id(), "matrix.creator");
                };
                case DISABLE -> () -> administration.disable(account);
                case UNLOCK -> () -> security.unlock(account);
                case RESET -> () -> security.resetPassword(account);
            };
            if (expected) {
                assertThatCode(attempt::run).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class);
                if (act == AccountAct.RESET) {
                    assertThatThrownBy(() -> security.resetSecondFactor(account))
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
        }
    }

    /** A pending account to grant, an active one for the other acts, made by neither administrator under test. */
    private UserAccount targetAccount(String name, Role role, TenantCode unit, String orgUnit, AccountAct act) {
        NewUser user = new NewUser(name, "矩阵目标", role, orgUnit, department(role));
        long id = act == AccountAct.GRANT ? accounts.insertPending(user, unit, "matrix.creator")
                : accounts.insertActive(user, "{noop}unused", false, unit);
        return accounts.find(id).orElseThrow();
    }

    private void loginAs(Role role, TenantCode unit) {
        String name = "actor." + role.name().toLowerCase() + "." + unit.value();
        UserAccount actor = accounts.findByUsername(name).orElseGet(() -> accounts.find(accounts.insertActive(
                new NewUser(name, "矩阵操作者", role, Role.OFFICERS.contains(role) ? TenantContext.callAs(unit,
                        () -> scope(role, orgUnits.villages().getFirst().getCode(), orgUnits.active().stream()
                                .filter(OrgUnit::isGroup).findFirst().orElseThrow().getCode())) : null,
                        department(role)),
                "{noop}unused", false, unit)).orElseThrow());
        GongguanUser user = new GongguanUser(accounts.lockForLogin(actor.username()).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void nobodyActsOnTheirOwnAccount() {
        loginAs(Role.SECURITY_ADMIN, COUNTY);
        UserAccount self = accounts.findByUsername("actor.security_admin.621227").orElseThrow();
        assertThatThrownBy(() -> security.resetPassword(self)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.grant(self))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oneSecurityAdministratorNeitherChangesAnActiveAccountsRoleNorResetsBothItsCredentials() {
        UserAccount staff = accounts.find(accounts.insertActive(new NewUser("one.person", "一人", Role.TOWNSHIP_STAFF,
                null), "{noop}unused", false, TOWNSHIP)).orElseThrow();
        loginAs(Role.SECURITY_ADMIN, TOWNSHIP);
        try (var scope = TenantContext.enter(TOWNSHIP)) {
            assertThatThrownBy(() -> security.grant(staff))
                    .as("an active account's role changes only when the system administrator asks")
                    .isInstanceOf(InvalidInputException.class);
            security.resetPassword(staff);
            assertThatThrownBy(() -> security.resetSecondFactor(staff))
                    .as("password and second factor are never both reset by one person")
                    .isInstanceOf(InvalidInputException.class);

            loginAs(Role.SYSTEM_ADMIN, TOWNSHIP);
            assertThatThrownBy(() -> administration.requestRole(staff, Role.SECURITY_ADMIN, null))
                    .as("a business account never becomes an administrator").isInstanceOf(AccessDeniedException.class);
            administration.requestRole(staff, Role.TOWNSHIP_ADMIN, null);
            assertThat(accounts.find(staff.id()).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);
            UserAccount asked = accounts.find(staff.id()).orElseThrow();
            assertThatThrownBy(() -> security.grant(asked))
                    .as("the system administrator does not grant").isInstanceOf(AccessDeniedException.class);
            loginAs(Role.SECURITY_ADMIN, TOWNSHIP);
            security.grant(asked);
            assertThat(accounts.find(staff.id()).orElseThrow().role()).isEqualTo(Role.TOWNSHIP_ADMIN);
        }
    }

    @Test
    void theDocumentationShowsTheMatrixInForce() throws Exception {
        assertThat(Files.readString(Path.of("docs/accounts.md"))).contains(markdownTable());
    }

    /** The matrix as docs/accounts.md shows it: a row per role, a column per act. */
    private static String markdownTable() {
        StringBuilder table = new StringBuilder("| role | units | ")
                .append(Arrays.stream(AccountAct.values()).map(a -> a.name().toLowerCase()).collect(Collectors.joining(" | ")))
                .append(" |\n|---|---|").append("---|".repeat(AccountAct.values().length)).append('\n');
        for (Role role : Role.values()) {
            table.append("| ").append(role.name()).append(" | ")
                    .append(Arrays.stream(TenantKind.values()).filter(role::allowedIn)
                            .map(k -> k.name().toLowerCase()).collect(Collectors.joining(", ")))
                    .append(" |");
            for (AccountAct act : AccountAct.values()) {
                RoleMatrix.Actor who = RoleMatrix.actor(act, role);
                table.append(' ').append(who.role().name()).append(" of the ")
                        .append(who.unit() == RoleMatrix.Unit.SAME ? "same unit" : "unit above").append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}
