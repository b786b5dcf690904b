package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.TextLimit;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Department;
import cn.gongguan.security.CountyLiaisons;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The county's side of joint clean-up operations (联合清理, cross-tenant path 5): its governance group plans an
 * operation as a draft, publishes it — each target township then holds one task of it — follows the townships'
 * progress, asks a township for rework with a reason and closes the operation with a summary. The department
 * liaisons named in an operation follow its progress too, read only. The county sees counts only: no person's name
 * is in these rows, and a liaison's sealed finding is never read here.
 * <p>
 * The county's townships and liaisons are read from the platform before the tenant transaction opens (a platform
 * transaction cannot run inside a tenant one); the operation's rows are written in the county's own transaction, as
 * its role, so the row policies and guards of platform-075 have the last word. A guard's refusal (an operation closed
 * meanwhile) is shown at the field the user was filling in, never as a database error.
 */
@Service
public class JointOperations {

    /** Who plans, publishes, asks for rework and closes: the county's administrators and its governance group. */
    public static final Set<Role> PLANNERS = EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_GOVERNANCE);
    /** Who follows an operation's progress: the planners, and the liaisons named in it. */
    public static final Set<Role> VIEWERS = EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_GOVERNANCE, Role.LIAISON);
    private static final TextLimit.Table OPERATION = TextLimit.of("platform.operation");
    static final TextLimit CHANGED_BY = OPERATION.recorded("changedBy", TextLimit.ACTOR);

    /**
     * What the county plans, or changes in a draft.
     *
     * @param townships the codes of the target townships (the county's own, at least one)
     * @param liaisons  the ids of the liaison accounts (the county's) named in the operation
     */
    public record Plan(String title, LocalDate startsOn, LocalDate endsOn, Set<String> townships,
                       Set<LocationKind> kinds, Set<Department> departments, String lead, String instructions,
                       Set<Long> liaisons) {
    }

    /** What may change once published: the end day (later only), the lead, the instructions and the liaisons. */
    public record Amendment(LocalDate endsOn, String lead, String instructions, Set<Long> liaisons) {
    }

    /** A township the county may target. */
    public record Township(String code, String name) {
    }

    /** A liaison the county may name: their account, name and department (never more). */
    public record Liaison(long id, String displayName, Department department) {
    }

    /** An operation as the list shows it, with its townships and locations counted. */
    public record Listed(Operation operation, int townships, int submitted, int locationsTotal, int locationsDone) {
    }

    /** One target township in the progress: its task once published (null for a draft's target). */
    public record TownshipProgress(String township, String name, OperationTask task) {
    }

    /** An operation's progress: each township's task and the totals over them all. */
    public record Progress(Operation operation, List<TownshipProgress> townships, int submitted, int locationsTotal,
                           int locationsDone, FindingCounts counts) {
    }

    private final JdbcClient jdbc;
    private final OperationRows rows;
    private final TransactionTemplate tenant;
    private final TenantRegistry registry;
    private final CountyLiaisons liaisons;
    private final AuditTrail audit;
    private final Clock clock;

    JointOperations(JdbcClient jdbc, OperationRows rows, PlatformTransactionManager transactions,
                    TenantRegistry registry, CountyLiaisons liaisons, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.tenant = new TransactionTemplate(transactions);
        this.registry = registry;
        this.liaisons = liaisons;
        this.audit = audit;
        this.clock = clock;
    }

    /** The county's townships, by code: what an operation may target. */
    public List<Township> townships() {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "plan joint operations");
        return countyTownships(user.tenant()).entrySet().stream().map(e -> new Township(e.getKey(), e.getValue()))
                .toList();
    }

    /** The county's liaisons, by user name: whom an operation may name. */
    public List<Liaison> liaisons() {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "plan joint operations");
        return liaisons.of(user.tenant()).stream()
                .map(a -> new Liaison(a.id(), a.displayName(), Department.valueOf(a.department()))).toList();
    }

    /** Plans a draft: nobody but the county sees it until it is published. Returns its id. */
    public long plan(Plan plan) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "plan joint operations");
        Plan checked = checked(plan, user.tenant());
        return tenant.execute(status -> {
            long id = jdbc.sql("""
                    insert into platform.operation (county_code, title, starts_on, ends_on, location_kinds, departments,
                                                    lead, instructions, planned_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(user.tenant().value(), checked.title(), Date.valueOf(checked.startsOn()),
                            Date.valueOf(checked.endsOn()), OperationRows.names(checked.kinds()),
                            OperationRows.names(checked.departments()), checked.lead(), checked.instructions(),
                            user.getUsername())
                    .query(Long.class).single();
            target(id, user.tenant(), checked.townships());
            name(id, user.tenant(), checked.liaisons());
            record(user, AuditAction.OPERATION_PLANNED, id, checked.title() + "; " + checked.townships().size()
                    + " townships");
            return id;
        });
    }

    /** Changes a draft as opened at {@code version}; a change saved meanwhile is refused naming who saved it. */
    public void edit(long id, int version, Plan plan) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "plan joint operations");
        Plan checked = checked(plan, user.tenant());
        OperationGuards.refusingClosed("title", () -> tenant.executeWithoutResult(status -> {
            Operation stored = current(id, version, "title");
            draft(stored, "title");
            changed(id, version, user, """
                    title = ?, starts_on = ?, ends_on = ?, location_kinds = ?, departments = ?, lead = ?,
                    instructions = ?""", checked.title(), Date.valueOf(checked.startsOn()),
                    Date.valueOf(checked.endsOn()), OperationRows.names(checked.kinds()),
                    OperationRows.names(checked.departments()), checked.lead(), checked.instructions());
            jdbc.sql("delete from platform.operation_target where operation_id = ?").param(id).update();
            target(id, user.tenant(), checked.townships());
            jdbc.sql("delete from platform.operation_liaison where operation_id = ?").param(id).update();
            name(id, user.tenant(), checked.liaisons());
            record(user, AuditAction.OPERATION_CHANGED, id, checked.title());
        }));
    }

    /** Deletes a draft (a published operation stays: its townships hold tasks of it). */
    public void delete(long id, int version) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "plan joint operations");
        tenant.executeWithoutResult(status -> {
            Operation stored = current(id, version, "title");
            draft(stored, "title");
            if (jdbc.sql("delete from platform.operation where id = ? and version = ? and state = 'DRAFT'")
                    .params(id, version).update() == 0) {
                throw meanwhile(id);
            }
            record(user, AuditAction.OPERATION_DELETED, id, stored.title());
        });
    }

    /**
     * Publishes a draft: each target township receives its task, all in one statement, so that an operation to every
     * township of a large county is published at once.
     */
    public void publish(long id, int version) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "publish joint operations");
        OperationGuards.refusingClosed("title", () -> tenant.executeWithoutResult(status -> {
            Operation stored = current(id, version, "title");
            draft(stored, "title");
            changed(id, version, user, "state = 'PUBLISHED', published_at = ?, published_by = ?",
                    Timestamp.from(clock.instant()), user.getUsername());
            int tasks = jdbc.sql("""
                    insert into platform.operation_task (operation_id, county_code, township_code)
                    select operation_id, county_code, township_code from platform.operation_target
                    where operation_id = ?""").param(id).update();
            record(user, AuditAction.OPERATION_PUBLISHED, id, stored.title() + "; " + tasks + " townships");
        }));
    }

    /** Changes a published operation: a later end day, another lead, other instructions or liaisons. */
    public void amend(long id, int version, Amendment amendment) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "change joint operations");
        String lead = OperationLimits.LEAD.check(amendment.lead());
        String instructions = OperationLimits.INSTRUCTIONS.check(amendment.instructions());
        Set<Long> named = checkedLiaisons(amendment.liaisons(), user.tenant());
        OperationGuards.refusingClosed("endsOn", () -> tenant.executeWithoutResult(status -> {
            Operation stored = current(id, version, "endsOn");
            if (amendment.endsOn() == null) {
                throw new InvalidInputException("endsOn", "validation.required");
            }
            if (amendment.endsOn().isBefore(stored.endsOn())) {
                throw new InvalidInputException("endsOn", "operation.endsOn.earlier", stored.endsOn());
            }
            changed(id, version, user, "ends_on = ?, lead = ?, instructions = ?", Date.valueOf(amendment.endsOn()),
                    lead, instructions);
            jdbc.sql("delete from platform.operation_liaison where operation_id = ?").param(id).update();
            name(id, user.tenant(), named);
            record(user, AuditAction.OPERATION_CHANGED, id, "ends " + amendment.endsOn() + "; lead " + lead);
        }));
    }

    /**
     * The operations the user sees, newest first: all the county's for a planner, those naming them for a liaison —
     * each with its townships (submitted and in all) and locations (done and assigned) counted.
     */
    public List<Listed> list() {
        GongguanUser user = CurrentUser.inRole(VIEWERS, "follow joint operations");
        boolean liaison = user.role() == Role.LIAISON;
        return tenant.execute(status -> jdbc.sql("""
                select o.*,
                       case when o.state = 'DRAFT'
                            then (select count(*) from platform.operation_target t where t.operation_id = o.id)
                            else coalesce(k.tasks, 0) end as townships,
                       coalesce(k.submitted, 0) as submitted, coalesce(k.locations_total, 0) as locations_total,
                       coalesce(k.locations_done, 0) as locations_done
                from platform.operation o
                left join (select operation_id, count(*) as tasks, count(*) filter (where state = 'SUBMITTED') as submitted,
                                  sum(locations_total) as locations_total, sum(locations_done) as locations_done
                           from platform.operation_task group by operation_id) k on k.operation_id = o.id
                where o.county_code = ? and (not ? or o.state <> 'DRAFT'
                                                 and exists (select 1 from platform.operation_liaison l
                                                             where l.operation_id = o.id and l.user_id = ?))
                order by o.starts_on desc, o.id desc""")
                .params(user.tenant().value(), liaison, user.id())
                .query((rs, row) -> new Listed(OperationRows.operation(rs, row), rs.getInt("townships"),
                        rs.getInt("submitted"), rs.getInt("locations_total"), rs.getInt("locations_done")))
                .list());
    }

    /** The operation, if the user sees it (a liaison only one they are named in). */
    public Optional<Operation> find(long id) {
        GongguanUser user = CurrentUser.inRole(VIEWERS, "follow joint operations");
        return tenant.execute(status -> visible(user, id));
    }

    /** A draft's or operation's plan as stored, for the form that changes it. */
    public Plan planOf(long id) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "plan joint operations");
        return tenant.execute(status -> {
            Operation operation = visible(user, id).orElseThrow(() -> new AccessDeniedException("No operation " + id));
            Set<String> townships = jdbc.sql("""
                    select township_code from platform.operation_target where operation_id = ?
                    union select township_code from platform.operation_task where operation_id = ?""")
                    .params(id, id).query(String.class).set();
            return new Plan(operation.title(), operation.startsOn(), operation.endsOn(), townships, operation.kinds(),
                    operation.departments(), operation.lead(), operation.instructions(), named(id));
        });
    }

    /**
     * The operation's progress: each target township with its task (its state, locations done and assigned, the
     * counts of its findings, when it submitted, why rework was asked) and the totals. A liaison not named in it is
     * refused.
     */
    public Progress progress(long id) {
        GongguanUser user = CurrentUser.inRole(VIEWERS, "follow joint operations");
        Map<String, String> names = countyTownships(user.tenant());
        return tenant.execute(status -> {
            Operation operation = visible(user, id).orElseThrow(() -> new AccessDeniedException("No operation " + id));
            List<TownshipProgress> townships = operation.state() == OperationState.DRAFT
                    ? jdbc.sql("select township_code from platform.operation_target where operation_id = ?"
                               + " order by township_code").param(id).query(String.class).list().stream()
                            .map(code -> new TownshipProgress(code, names.getOrDefault(code, code), null)).toList()
                    : rows.tasksOf(id).stream()
                            .map(task -> new TownshipProgress(task.township(),
                                    names.getOrDefault(task.township(), task.township()), task)).toList();
            List<OperationTask> tasks = townships.stream().map(TownshipProgress::task)
                    .filter(Objects::nonNull).toList();
            return new Progress(operation, townships,
                    (int) tasks.stream().filter(t -> t.state() == TaskState.SUBMITTED).count(),
                    tasks.stream().mapToInt(OperationTask::locationsTotal).sum(),
                    tasks.stream().mapToInt(OperationTask::locationsDone).sum(),
                    tasks.stream().map(OperationTask::counts).reduce(FindingCounts.NONE, FindingCounts::plus));
        });
    }

    /** The locations a township assigned to its task, with their counts (what the county may drill down to). */
    public List<OperationLocation> locations(long taskId) {
        GongguanUser user = CurrentUser.inRole(VIEWERS, "follow joint operations");
        return tenant.execute(status -> {
            OperationTask task = rows.task(taskId)
                    .filter(t -> visible(user, t.operationId()).isPresent())
                    .orElseThrow(() -> new AccessDeniedException("No task " + taskId));
            return rows.locationsOf(task.id());
        });
    }

    /** Asks a township to rework its submitted result, saying why (refused for a task not submitted). */
    public void askRework(long taskId, String reason) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "ask for rework");
        String why = OperationLimits.REWORK_REASON.check(reason);
        String field = OperationLimits.REWORK_REASON.field();
        OperationGuards.refusingClosed(field, () -> tenant.executeWithoutResult(status -> {
            OperationTask task = rows.task(taskId)
                    .filter(t -> t.county().equals(user.tenant().value()))
                    .orElseThrow(() -> new AccessDeniedException("No task " + taskId));
            if (visible(user, task.operationId()).map(Operation::isClosed).orElse(false)) {
                throw new InvalidInputException(field, "operation.closed");
            }
            int asked = jdbc.sql("""
                    update platform.operation_task set state = 'REWORK', rework_reason = ?, rework_by = ?,
                           rework_at = ?, updated_at = ?
                    where id = ? and state = 'SUBMITTED'""")
                    .params(why, user.getUsername(), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()),
                            taskId).update();
            if (asked == 0) {
                throw new InvalidInputException(field, "operation.rework.notSubmitted");
            }
            record(user, AuditAction.OPERATION_REWORK_ASKED, task.operationId(), task.township() + ": " + why);
        }));
    }

    /** Closes a published operation with its summary: after that nothing under it changes. */
    public void close(long id, int version, String summary) {
        GongguanUser user = CurrentUser.inRole(PLANNERS, "close joint operations");
        String text = OperationLimits.SUMMARY.check(summary);
        String field = OperationLimits.SUMMARY.field();
        OperationGuards.refusingClosed(field, () -> tenant.executeWithoutResult(status -> {
            Operation stored = current(id, version, field);
            if (stored.state() != OperationState.PUBLISHED) {
                throw new InvalidInputException(field, "operation.close.notPublished");
            }
            changed(id, version, user, "state = 'CLOSED', summary = ?, closed_at = ?, closed_by = ?", text,
                    Timestamp.from(clock.instant()), user.getUsername());
            record(user, AuditAction.OPERATION_CLOSED, id, stored.title());
        }));
    }

    /** Records that the closing report was exported or printed (the audit trail says who took the figures out). */
    public void reported(long id, String how) {
        GongguanUser user = CurrentUser.inRole(VIEWERS, "follow joint operations");
        tenant.executeWithoutResult(status -> {
            Operation operation = visible(user, id).orElseThrow(() -> new AccessDeniedException("No operation " + id));
            record(user, AuditAction.OPERATION_REPORTED, id, how + "; " + operation.title());
        });
    }

    private Plan checked(Plan plan, TenantCode county) {
        String title = OperationLimits.TITLE.check(plan.title());
        if (plan.startsOn() == null) {
            throw new InvalidInputException("startsOn", "validation.required");
        }
        if (plan.endsOn() == null) {
            throw new InvalidInputException("endsOn", "validation.required");
        }
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new InvalidInputException("endsOn", "operation.endsOn.beforeStart");
        }
        if (plan.townships() == null || plan.townships().isEmpty()) {
            throw new InvalidInputException("townships", "operation.townships.none");
        }
        if (!countyTownships(county).keySet().containsAll(plan.townships())) {
            throw new InvalidInputException("townships", "operation.townships.foreign");
        }
        if (plan.kinds() == null || plan.kinds().isEmpty()) {
            throw new InvalidInputException("kinds", "operation.kinds.none");
        }
        if (plan.departments() == null || plan.departments().isEmpty()) {
            throw new InvalidInputException("departments", "operation.departments.none");
        }
        String lead = OperationLimits.LEAD.check(plan.lead());
        String instructions = OperationLimits.INSTRUCTIONS.check(plan.instructions());
        return new Plan(title, plan.startsOn(), plan.endsOn(), Set.copyOf(plan.townships()), plan.kinds(),
                plan.departments(), lead, instructions, checkedLiaisons(plan.liaisons(), county));
    }

    private Set<Long> checkedLiaisons(Set<Long> named, TenantCode county) {
        if (named == null || named.isEmpty()) {
            return Set.of();
        }
        Set<Long> known = liaisons.of(county).stream().map(UserAccount::id).collect(Collectors.toSet());
        if (!known.containsAll(named)) {
            throw new InvalidInputException("liaisons", "operation.liaisons.foreign");
        }
        return Set.copyOf(named);
    }

    /** The county's townships' names by code, in code order. */
    private Map<String, String> countyTownships(TenantCode county) {
        return registry.children(county).stream().filter(t -> t.kind() == TenantKind.TOWNSHIP)
                .collect(Collectors.toMap(t -> t.code().value(), Tenant::name, (a, b) -> a, LinkedHashMap::new));
    }

    private void target(long id, TenantCode county, Collection<String> townships) {
        jdbc.sql("""
                insert into platform.operation_target (operation_id, county_code, township_code)
                select ?, ?, code from unnest(string_to_array(?, ',')) as code""")
                .params(id, county.value(), String.join(",", townships)).update();
    }

    private void name(long id, TenantCode county, Collection<Long> named) {
        if (named.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into platform.operation_liaison (operation_id, county_code, user_id)
                select ?, ?, user_id from unnest(string_to_array(?, ',')::bigint[]) as user_id""")
                .params(id, county.value(), named.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .update();
    }

    private Set<Long> named(long id) {
        return jdbc.sql("select user_id from platform.operation_liaison where operation_id = ?").param(id)
                .query(Long.class).set();
    }

    /**
     * The operation if this user sees it: the county's for a planner, a published or closed one naming them for a
     * liaison (a draft is the planners' alone until published).
     */
    private Optional<Operation> visible(GongguanUser user, long id) {
        Optional<Operation> operation = rows.operation(id)
                .filter(o -> o.county().equals(user.tenant().value()));
        if (user.role() == Role.LIAISON && operation.isPresent()
                && (operation.get().state() == OperationState.DRAFT || !named(id).contains(user.id()))) {
            throw new AccessDeniedException("Liaison " + user.getUsername() + " is not named in operation " + id);
        }
        return operation;
    }

    /** The operation as stored, refused when it was changed since the user opened it at {@code version}. */
    private Operation current(long id, int version, String field) {
        Operation stored = visible(CurrentUser.get(), id)
                .orElseThrow(() -> new AccessDeniedException("No operation " + id));
        if (stored.isClosed()) {
            throw new InvalidInputException(field, "operation.closed");
        }
        if (stored.version() != version) {
            Saved saved = saved(id);
            StaleEdits.check(version, stored.version(), saved.by(), saved.at());
        }
        return stored;
    }

    private static void draft(Operation operation, String field) {
        if (operation.state() != OperationState.DRAFT) {
            throw new InvalidInputException(field, "operation.notDraft");
        }
    }

    /** Updates the operation's row at the version the user opened, bumping it; refused if another save came first. */
    private void changed(long id, int version, GongguanUser user, String assignments, Object... values) {
        List<Object> params = new ArrayList<>(List.of(values));
        params.addAll(List.of(user.getUsername(), Timestamp.from(clock.instant()), id, version));
        if (jdbc.sql("update platform.operation set " + assignments
                        + ", changed_by = ?, changed_at = ?, version = version + 1 where id = ? and version = ?")
                .params(params).update() == 0) {
            throw meanwhile(id);
        }
    }

    /** Who last saved the operation's plan, and when. */
    private record Saved(String by, Instant at) {
    }

    private Saved saved(long id) {
        return jdbc.sql("""
                select coalesce(changed_by, planned_by), coalesce(changed_at, planned_at) from platform.operation
                where id = ?""").param(id)
                .query((rs, row) -> new Saved(rs.getString(1), instant(rs.getTimestamp(2))))
                .optional().orElse(new Saved(null, null));
    }

    /** The refusal of a write another save (or a close, or a delete) came before. */
    private StaleEditException meanwhile(long id) {
        Saved saved = saved(id);
        return new StaleEditException(saved.by(), saved.at());
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private void record(GongguanUser user, AuditAction action, long id, String detail) {
        audit.record(user.tenant(), user.getUsername(), action, "operation:" + id, detail, null);
    }
}
