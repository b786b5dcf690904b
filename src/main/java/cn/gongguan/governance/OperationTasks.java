package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Department;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A township's tasks of the county's joint operations (cross-tenant path 5): it assigns its key locations of the kinds
 * the operation asks for, each with a team, records findings there, and submits its result (again after the county
 * asked for rework). Everything is read and written in the township's transaction, so the row policies show it its
 * own task only; once the operation is closed nothing changes, and the database refuses it too.
 */
@Service
public class OperationTasks {

    /** Who works on the township's tasks. */
    public static final Set<Role> ROLES = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);

    private final OperationRows rows;
    private final OperationTaskRows writes;
    private final KeyLocations keyLocations;
    private final OrgUnits orgUnits;
    private final FindingChecks checks;
    private final FindingRecorder recorder;
    private final FindingIntake intake;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Today today;
    private final Clock clock;

    OperationTasks(OperationRows rows, OperationTaskRows writes, KeyLocations keyLocations, OrgUnits orgUnits,
                   FindingChecks checks, FindingRecorder recorder, FindingIntake intake, AuditTrail audit,
                   JdbcClient jdbc, Today today, Clock clock) {
        this.rows = rows;
        this.writes = writes;
        this.keyLocations = keyLocations;
        this.orgUnits = orgUnits;
        this.checks = checks;
        this.recorder = recorder;
        this.intake = intake;
        this.audit = audit;
        this.jdbc = jdbc;
        this.today = today;
        this.clock = clock;
    }

    /** The township's tasks with their operations, newest first. */
    @Transactional(readOnly = true)
    public List<OperationTaskEntry> tasks() {
        user();
        List<OperationTask> tasks = rows.tasks();
        Map<Long, Operation> operations = rows.operations().stream()
                .collect(Collectors.toMap(Operation::id, Function.identity()));
        return tasks.stream().filter(task -> operations.containsKey(task.operationId()))
                .map(task -> new OperationTaskEntry(operations.get(task.operationId()), task)).toList();
    }

    /** A task of the township (empty for another township's: the row policy hides it). */
    @Transactional(readOnly = true)
    public Optional<OperationTaskEntry> task(long id) {
        user();
        return entry(id);
    }

    /** The locations assigned to a task of the township, by kind and name. */
    @Transactional(readOnly = true)
    public List<OperationLocation> locations(long taskId) {
        user();
        return rows.locationsOf(required(taskId).id());
    }

    /** The township's active key locations of the kinds the operation asks for, not assigned to the task yet. */
    @Transactional(readOnly = true)
    public List<KeyLocation> assignable(long taskId) {
        user();
        OperationTaskEntry entry = required(taskId);
        Set<Long> assigned = rows.locationsOf(taskId).stream().map(OperationLocation::locationId)
                .collect(Collectors.toSet());
        return keyLocations.active(entry.operation().kinds()).stream()
                .filter(place -> !assigned.contains(place.getId())).toList();
    }

    /**
     * Assigns a key location of the township, of a kind the operation asks for and not assigned yet, with the team
     * sent there.
     */
    @Transactional
    public OperationLocation assign(long taskId, Long keyLocationId, String team) {
        GongguanUser user = user();
        OperationTaskEntry entry = working(taskId, "location");
        if (keyLocationId == null) {
            throw new InvalidInputException("location", "validation.required");
        }
        KeyLocation place = keyLocations.find(keyLocationId).filter(KeyLocation::isActive)
                .orElseThrow(() -> new InvalidInputException("location", "operationTask.location.unknown"));
        if (!entry.operation().kinds().contains(place.getKind())) {
            throw new InvalidInputException("location", "operationTask.location.kindNotAsked");
        }
        if (rows.locationsOf(taskId).stream().anyMatch(l -> l.locationId() == place.getId())) {
            throw new InvalidInputException("location", "operationTask.location.assigned");
        }
        String checkedTeam = OperationLimits.TEAM.check(team);
        String unitName = orgUnits.find(place.getOrgUnit()).map(OrgUnit::getName).orElse(place.getOrgUnit());
        long id = OperationGuards.refusingClosed("location", () -> {
            long assigned;
            try {
                assigned = writes.assign(entry.task(), place, unitName, checkedTeam);
            } catch (DuplicateKeyException meanwhile) {
                // another user assigned it since the check above
                throw new InvalidInputException("location", "operationTask.location.assigned");
            }
            writes.countLocations(taskId, 1);
            return assigned;
        });
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OPERATION_LOCATION_ASSIGNED,
                "operation-task:" + taskId, place.getName() + " · " + checkedTeam, null);
        return rows.location(id).orElseThrow();
    }

    /** Sends another team to an assigned location. */
    @Transactional
    public void changeTeam(long locationId, String team) {
        GongguanUser user = user();
        OperationLocation location = location(locationId);
        working(location.taskId(), "team");
        String checkedTeam = OperationLimits.TEAM.check(team);
        OperationGuards.refusingClosed("team", () -> {
            writes.changeTeam(locationId, checkedTeam);
            return null;
        });
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OPERATION_LOCATION_ASSIGNED,
                "operation-task:" + location.taskId(), location.name() + " · " + checkedTeam, null);
    }

    /** Takes an assigned location off the task; refused once a finding is recorded there, or a liaison's waits. */
    @Transactional
    public void unassign(long locationId) {
        GongguanUser user = user();
        OperationLocation location = location(locationId);
        working(location.taskId(), "location");
        boolean removed = OperationGuards.refusingClosed("location", () -> writes.unassign(locationId));
        if (!removed) {
            throw new InvalidInputException("location", "operationTask.location.hasFindings");
        }
        writes.countLocations(location.taskId(), -1);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OPERATION_LOCATION_UNASSIGNED,
                "operation-task:" + location.taskId(), location.name(), null);
    }

    /** Records a finding of the township's own team at a location of the task. */
    @Transactional
    public long record(long taskId, FindingInput input, Texts texts) {
        GongguanUser user = user();
        OperationTaskEntry entry = working(taskId, "foundOn");
        OperationLocation location = rows.location(input.locationId()).filter(l -> l.taskId() == taskId)
                .orElseThrow(() -> new InvalidInputException("location", "finding.location.notInTask"));
        checks.check(input, entry.operation(), today.date());
        KeyLocation place = keyLocations.find(location.locationId())
                .orElseThrow(() -> new InvalidInputException("location", "operationTask.location.unknown"));
        return OperationGuards.refusingClosed("foundOn", () -> recorder.record(entry.task(), location, place, input,
                FindingRecorder.Recorder.township(user.getUsername()), List.of(), today.date(), texts));
    }

    /** The findings recorded at the task's locations, newest first. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long taskId) {
        user();
        required(taskId);
        return jdbc.sql("select * from operation_finding where task_id = ? order by found_on desc, id desc")
                .param(taskId).query(FindingRecorder::finding).list();
    }

    /** The persons of liaisons' findings the registry refused, still to be registered by hand. */
    @Transactional(readOnly = true)
    public List<OperationTaskProblem> problems(long taskId) {
        user();
        required(taskId);
        return jdbc.sql("""
                        select p.id, p.finding_id, l.name as location, f.liaison_name, p.id_number, p.name, p.phone,
                               p.reason_key
                        from operation_finding_problem p join operation_finding f on f.id = p.finding_id
                        join platform.operation_location l on l.id = f.location_id
                        where f.task_id = ? and p.settled_at is null order by p.id""")
                .param(taskId)
                .query((rs, row) -> new OperationTaskProblem(rs.getLong("id"), rs.getLong("finding_id"),
                        rs.getString("location"), rs.getString("liaison_name"), rs.getString("id_number"),
                        rs.getString("name"), rs.getString("phone"), rs.getString("reason_key")))
                .list();
    }

    /** Marks a refused person as registered by hand (or otherwise dealt with): it leaves the list. */
    @Transactional
    public void settle(long problemId) {
        GongguanUser user = user();
        int settled = jdbc.sql("""
                        update operation_finding_problem set settled_by = ?, settled_at = ?
                        where id = ? and settled_at is null""")
                .params(user.getUsername(), Timestamp.from(clock.instant()), problemId).update();
        if (settled == 1) {
            audit.record(TenantContext.current(), user.getUsername(), AuditAction.OPERATION_PROBLEM_SETTLED,
                    "operation-finding-problem:" + problemId, null, null);
        }
    }

    /** The liaisons' findings at the task's locations the township could not take in, oldest first. */
    @Transactional(readOnly = true)
    public List<FailedLiaisonFinding> failedFindings(long taskId) {
        user();
        required(taskId);
        return jdbc.sql("""
                        select f.id, l.name, f.department, f.recorded_by_name, f.found_on, f.persons_checked,
                               f.taken_problem
                        from platform.liaison_finding f join platform.operation_location l on l.id = f.location_id
                        where l.task_id = ? and f.taken_at is null and f.taken_problem is not null order by f.id""")
                .param(taskId)
                .query((rs, row) -> new FailedLiaisonFinding(rs.getLong(1), rs.getString(2),
                        Department.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getInt(6), rs.getString(7)))
                .list();
    }

    /**
     * Takes a liaison's finding the township could not take in in again, once its staff dealt with the cause;
     * whether it was taken in now. Not in a transaction of its own: the intake runs its own.
     */
    public boolean retry(long failedId) {
        GongguanUser user = user();
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.LIAISON_FINDING_RETRIED,
                "liaison-finding:" + failedId, null, null);
        return intake.retry(TenantContext.current(), failedId);
    }

    /**
     * Discards a liaison's finding the township could not take in: what it said of persons and houses is erased and
     * it waits no more; its counts stay the liaison's record.
     */
    @Transactional
    public void discard(long failedId) {
        GongguanUser user = user();
        int discarded = jdbc.sql("""
                        update platform.liaison_finding set payload_sealed = null, taken_at = now()
                        where id = ? and taken_at is null and taken_problem is not null""")
                .param(failedId).update();
        if (discarded == 1) {
            audit.record(TenantContext.current(), user.getUsername(), AuditAction.LIAISON_FINDING_DISCARDED,
                    "liaison-finding:" + failedId, null, null);
        }
    }

    /** Submits the township's result with a note: an open task, or one the county asked to rework. */
    @Transactional
    public void submit(long taskId, String note) {
        GongguanUser user = user();
        OperationTaskEntry entry = open(taskId, "note");
        if (entry.task().state() == TaskState.SUBMITTED) {
            throw new InvalidInputException("note", "operationTask.alreadySubmitted");
        }
        String checkedNote = OperationLimits.RESULT_NOTE.check(note);
        OperationGuards.refusingClosed("note", () -> {
            writes.submit(taskId, checkedNote, user.getUsername());
            return null;
        });
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OPERATION_TASK_SUBMITTED,
                "operation-task:" + taskId, entry.task().locationsDone() + "/" + entry.task().locationsTotal()
                        + " locations", null);
    }

    private Optional<OperationTaskEntry> entry(long id) {
        return rows.task(id).flatMap(task -> rows.operation(task.operationId())
                .map(operation -> new OperationTaskEntry(operation, task)));
    }

    private OperationTaskEntry required(long taskId) {
        return entry(taskId).orElseThrow(() -> new AccessDeniedException("No task " + taskId + " here"));
    }

    /** The task, refused at {@code field} once its operation is closed. */
    private OperationTaskEntry open(long taskId, String field) {
        OperationTaskEntry entry = required(taskId);
        if (!entry.isOpen()) {
            throw new InvalidInputException(field, "operation.closed");
        }
        return entry;
    }

    /**
     * The task the township still works on, refused at {@code field} once its operation is closed or its result
     * submitted (until the county asks for rework): the county judges the counts it was sent. Liaisons' findings
     * taken in after the submission still count, as the township cannot hold them back.
     */
    private OperationTaskEntry working(long taskId, String field) {
        OperationTaskEntry entry = open(taskId, field);
        if (!entry.isWorking()) {
            throw new InvalidInputException(field, "operationTask.submitted");
        }
        return entry;
    }

    private OperationLocation location(long locationId) {
        return rows.location(locationId)
                .orElseThrow(() -> new AccessDeniedException("No location " + locationId + " here"));
    }

    static GongguanUser user() {
        return CurrentUser.inRole(ROLES, "work on joint operation tasks");
    }
}
