package cn.gongguan.enterprise;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks the township (committee) gives an enterprise's family-planning contact — e.g. collect the certificates of
 * named staff by a day — and their completion as the contact reports it; a task past its day and not done is overdue.
 */
@Service
public class EnterpriseTasks {

    /** The days the contact is given to collect the certificates an imported list showed missing. */
    public static final int CERTIFICATE_DAYS = 15;

    private final TaskRepository tasks;
    private final EnterpriseRepository enterprises;
    private final StaffRepository staff;
    private final StaleEdits staleEdits;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    EnterpriseTasks(TaskRepository tasks, EnterpriseRepository enterprises, StaffRepository staff,
                    StaleEdits staleEdits, AuditTrail audit, Clock clock, Today today) {
        this.tasks = tasks;
        this.enterprises = enterprises;
        this.staff = staff;
        this.staleEdits = staleEdits;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** The enterprise's tasks: open ones first by due day, then done ones. */
    @Transactional(readOnly = true)
    public List<EnterpriseTask> of(long enterpriseId) {
        EnterpriseAccess.keeper();
        return tasks.tasksOf(enterpriseId);
    }

    /** How many tasks of each enterprise are past their day and not done (enterprises with none left out). */
    @Transactional(readOnly = true)
    public Map<Long, Long> overdue() {
        EnterpriseAccess.keeper();
        return tasks.overdueByEnterprise(today.date()).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Gives the enterprise's contact a task; a wrong field is refused there. */
    @Transactional
    public EnterpriseTask give(long enterpriseId, TaskDetails details) {
        String by = EnterpriseAccess.keeper().getUsername();
        enterprises.findById(enterpriseId).orElseThrow(() -> new AccessDeniedException("No enterprise"));
        if (details.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        String title = EnterpriseLimits.TITLE.check(details.title());
        if (details.dueOn() == null) {
            throw new InvalidInputException("dueOn", "validation.required");
        }
        if (details.dueOn().isBefore(today.date())) {
            throw new InvalidInputException("dueOn", "enterprise.task.duePast");
        }
        Set<Long> named = details.staffIds() == null ? Set.of() : details.staffIds();
        if (staff.findByIdIn(named).stream().anyMatch(s -> s.getEnterpriseId() != enterpriseId)
                || staff.findByIdIn(named).size() != named.size()) {
            throw new InvalidInputException("staff", "enterprise.task.staffUnknown");
        }
        if (details.kind() == TaskKind.CERTIFICATES && named.isEmpty()) {
            throw new InvalidInputException("staff", "enterprise.task.staffRequired");
        }
        EnterpriseTask task = tasks.saveAndFlush(new EnterpriseTask(enterpriseId, details.kind(), title,
                details.dueOn(), named, by, clock.instant()));
        audit.record(TenantContext.current(), by, AuditAction.ENTERPRISE_TASK_GIVEN, subject(task), null, null);
        return task;
    }

    /** Records a task opened at {@code version} as done on the day, with what the contact reported. */
    @Transactional
    public EnterpriseTask complete(long taskId, long version, LocalDate doneOn, String note) {
        String by = EnterpriseAccess.keeper().getUsername();
        EnterpriseTask task = tasks.findById(taskId).orElseThrow(() -> new AccessDeniedException("No task"));
        StaleEdits.check(version, task.getVersion(), task.getUpdatedBy(), task.getUpdatedAt());
        if (!task.isOpen()) {
            throw new StaleEditException(task.getUpdatedBy(), task.getUpdatedAt());
        }
        if (doneOn == null) {
            throw new InvalidInputException("doneOn", "validation.required");
        }
        if (doneOn.isAfter(today.date())) {
            throw new InvalidInputException("doneOn", "enterprise.task.doneFuture");
        }
        task.done(doneOn, EnterpriseLimits.DONE_NOTE.check(note), by, clock.instant());
        staleEdits.write(tasks::flush, () -> tasks.findById(taskId)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), by, AuditAction.ENTERPRISE_TASK_DONE, subject(task), null, null);
        return task;
    }

    /**
     * Asks the contact to collect the certificates of these staff: they join the enterprise's open certificate task,
     * or a new one due in {@value #CERTIFICATE_DAYS} days. Staff some open task names already are not asked twice, so
     * a list imported again adds nothing. Returns how many were newly asked for.
     */
    @Transactional
    int collectCertificates(long enterpriseId, Set<Long> staffIds, String title) {
        String by = EnterpriseAccess.keeper().getUsername();
        List<EnterpriseTask> open = tasks.findByEnterpriseIdAndKindAndDoneOnIsNull(enterpriseId,
                TaskKind.CERTIFICATES);
        Set<Long> asked = new HashSet<>(staffIds);
        open.forEach(task -> asked.removeAll(task.getStaffIds()));
        if (asked.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        EnterpriseTask task;
        if (open.isEmpty()) {
            task = tasks.save(new EnterpriseTask(enterpriseId, TaskKind.CERTIFICATES, title,
                    today.date().plusDays(CERTIFICATE_DAYS), asked, by, now));
        } else {
            task = open.getFirst();
            task.include(asked, by, now);
        }
        tasks.flush();
        audit.record(TenantContext.current(), by, AuditAction.ENTERPRISE_TASK_GIVEN, subject(task),
                asked.size() + " staff without a checked certificate", null);
        return asked.size();
    }

    private static String subject(EnterpriseTask task) {
        return "enterprise_task:" + task.getId();
    }
}
