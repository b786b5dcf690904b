package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A department liaison's part in the joint operations they are named in (部门联络员, item 4): the operations, their
 * townships' assigned locations, and findings recorded there. A liaison is a county account: what they record goes
 * to the township through {@code platform.liaison_finding}, the counts in clear and the persons and houses sealed for
 * the township ({@link FindingPayload}), which takes it in right after this transaction commits ({@link
 * FindingIntake}). The liaison sees the counts they typed and whether it was taken in, never a registry record.
 */
@Service
public class LiaisonFindings {

    /** Published when a liaison's finding is recorded: the township takes it in after the commit. */
    record Recorded(String township) {
    }

    private final OperationRows rows;
    private final FindingChecks checks;
    private final FindingPayload payload;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Today today;
    private final TransactionTemplate transaction;

    LiaisonFindings(OperationRows rows, FindingChecks checks, FindingPayload payload,
                    ApplicationEventPublisher events, AuditTrail audit, JdbcClient jdbc, Clock clock, Today today,
                    PlatformTransactionManager transactions) {
        this.rows = rows;
        this.checks = checks;
        this.payload = payload;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.today = today;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The published operations the liaison is named in, newest first. */
    @Transactional(readOnly = true)
    public List<Operation> operations() {
        GongguanUser user = user();
        return jdbc.sql("""
                        select o.* from platform.operation o
                        join platform.operation_liaison l on l.operation_id = o.id and l.user_id = ?
                        where o.state <> 'DRAFT' order by o.starts_on desc, o.id desc""")
                .param(user.id()).query(OperationRows::operation).list();
    }

    /** The locations the target townships assigned in an operation the liaison is named in, by township and name. */
    @Transactional(readOnly = true)
    public List<OperationLocation> locations(long operationId) {
        named(user(), operationId);
        return jdbc.sql("select * from platform.operation_location where operation_id = ?"
                        + " order by township_code, kind, name, id")
                .param(operationId).query(OperationRows::location).list();
    }

    /**
     * Records a finding at a location of an operation the liaison is named in; refused at the field for another
     * operation, a location not in it, a day before it starts or ahead of today, or a person or house the registers
     * would not take.
     */
    public long record(long operationId, FindingInput input) {
        GongguanUser user = user();
        Department department = user.department() == null ? Department.OTHER : Department.valueOf(user.department());
        return transaction.execute(status -> record(user, department, operationId, input));
    }

    private long record(GongguanUser user, Department department, long operationId, FindingInput input) {
        Operation operation = named(user, operationId);
        OperationLocation location = rows.location(input.locationId())
                .filter(l -> l.operationId() == operationId)
                .orElseThrow(() -> new InvalidInputException("location", "finding.location.notInTask"));
        checks.check(input, operation, today.date());
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('platform.liaison_finding', 'id'))")
                .query(Long.class).single();
        byte[] sealed = payload.seal(location.township(), id,
                new FindingPayload.Content(input.persons(), input.houses()));
        int referred = (int) input.persons().stream().filter(p -> p.referral() != null).count();
        OperationGuards.refusingClosed("foundOn", () -> jdbc.sql("""
                        insert into platform.liaison_finding (id, location_id, operation_id, county_code,
                            township_code, department, recorded_by, recorded_by_name, recorded_at, found_on,
                            persons_checked, referred, note, payload_sealed)
                        overriding system value
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, location.id(), operationId, operation.county(), location.township(), department.name(),
                        user.getUsername(), OperationLimits.FINDING_BY_NAME.check(user.displayName()),
                        Timestamp.from(clock.instant()), input.foundOn(), input.personsChecked(), referred,
                        OperationLimits.FINDING_NOTE.check(input.note()), sealed)
                .update());
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.LIAISON_FINDING_RECORDED,
                "liaison-finding:" + id, location.township() + " · " + location.name() + ", "
                        + input.personsChecked() + " checked, " + input.persons().size() + " persons, "
                        + input.houses().size() + " houses", null);
        events.publishEvent(new Recorded(location.township()));
        return id;
    }

    /** The findings the liaison recorded, newest first: counts, and whether the township took them in. */
    @Transactional(readOnly = true)
    public List<LiaisonFinding> mine() {
        GongguanUser user = user();
        return jdbc.sql("""
                        select f.id, f.operation_id, o.title, l.name, l.unit_name, f.found_on, f.persons_checked,
                               f.referred, f.recorded_at, f.taken_at, f.taken_problem
                        from platform.liaison_finding f
                        join platform.operation o on o.id = f.operation_id
                        join platform.operation_location l on l.id = f.location_id
                        where f.recorded_by = ? order by f.recorded_at desc, f.id desc limit 200""")
                .param(user.getUsername())
                .query((rs, row) -> new LiaisonFinding(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7),
                        rs.getInt(8), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getString(11)))
                .list();
    }

    /** The operation, if the liaison is named in it and it is published; else refused at the field. */
    private Operation named(GongguanUser user, long operationId) {
        boolean isNamed = jdbc.sql("select exists (select 1 from platform.operation_liaison"
                        + " where operation_id = ? and user_id = ?)")
                .params(operationId, user.id()).query(Boolean.class).single();
        return rows.operation(operationId).filter(o -> isNamed && o.state() != OperationState.DRAFT)
                .orElseThrow(() -> new InvalidInputException("operation", "liaison.operation.notNamed"));
    }

    static GongguanUser user() {
        return CurrentUser.inRole(EnumSet.of(Role.LIAISON), "record findings of joint operations");
    }
}
