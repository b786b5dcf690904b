package cn.gongguan.enterprise;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.KeyGroup;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.workbook.WorkbookImport.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a chunk of an imported staff list in one transaction, through the registry's rules for persons. */
@Service
class StaffWriter {

    /** What a chunk did: each row's outcome in order, newcomers registered, staff put on the certificate task. */
    record Written(List<Outcome> outcomes, int newcomers, int certificatesAsked) {
    }

    private final EnterpriseRepository enterprises;
    private final StaffRepository staff;
    private final PersonRegistry registry;
    private final EnterpriseTasks tasks;
    private final Clock clock;
    private final Today today;

    StaffWriter(EnterpriseRepository enterprises, StaffRepository staff, PersonRegistry registry,
                EnterpriseTasks tasks, Clock clock, Today today) {
        this.enterprises = enterprises;
        this.staff = staff;
        this.registry = registry;
        this.tasks = tasks;
        this.clock = clock;
        this.today = today;
    }

    /** Refuses days a payroll cannot hold: hired in the future, left before hired or in the future. */
    static void checkDays(StaffRow row, LocalDate today) {
        if (row.hiredOn.isAfter(today)) {
            throw new InvalidInputException("hiredOn", "enterprise.staff.hiredFuture");
        }
        if (row.leftOn != null && row.leftOn.isBefore(row.hiredOn)) {
            throw new InvalidInputException("leftOn", "enterprise.staff.leftBeforeHired");
        }
        if (row.leftOn != null && row.leftOn.isAfter(today)) {
            throw new InvalidInputException("leftOn", "enterprise.staff.leftFuture");
        }
    }

    /** Marks the rows whose person the registry does not know yet, in one lookup. */
    @Transactional(readOnly = true)
    void markNewcomers(List<StaffRow> rows) {
        Set<String> registered = registry.registered(rows.stream().map(r -> r.person.getIdNumber()).toList());
        rows.forEach(row -> row.newcomer = !registered.contains(row.person.getIdNumber()));
    }

    /** Whether the row's employment is recorded already. */
    @Transactional(readOnly = true)
    boolean recorded(long enterpriseId, StaffRow row) {
        return staff.recorded(enterpriseId, row.person.getIdNumber(), row.hiredOn);
    }

    /** Writes the rows, all or none. */
    @Transactional
    Written write(long enterpriseId, List<StaffRow> rows, String certificateTaskTitle) {
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new AccessDeniedException("No enterprise " + enterpriseId));
        String by = EnterpriseAccess.keeper().getUsername();
        LocalDate day = today.date();
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        int newcomers = 0;
        Set<Long> certificateMissing = new HashSet<>();
        for (StaffRow row : rows) {
            Person person = person(enterprise, row);
            StaffMember member = staff.findByEnterpriseIdAndPersonIdAndHiredOn(enterpriseId, person.getId(),
                    row.hiredOn).orElse(null);
            if (member == null) {
                member = hire(enterpriseId, person, row, by, clock.instant());
                outcomes.add(Outcome.ADDED);
                newcomers += row.newcomer ? 1 : 0;
                // only a new hire is asked for: a list imported again asks nothing the earlier import asked
                if (member.employedOn(day) && KeyGroup.WITHOUT_CERTIFICATE.includes(person, day)) {
                    certificateMissing.add(member.getId());
                }
            } else if (row.leftOn != null && member.getLeftOn() == null) {
                member.left(row.leftOn, by, clock.instant());
                outcomes.add(Outcome.UPDATED);
            } else {
                outcomes.add(Outcome.UNCHANGED);
            }
        }
        staff.flush();
        int asked = tasks.collectCertificates(enterpriseId, certificateMissing, certificateTaskTitle);
        return new Written(outcomes, newcomers, asked);
    }

    /**
     * The registry person of the row: linked when registered (the name must agree), else registered as an inflow
     * person working at the enterprise, in its village, since the day hired. The registry's refusals are shown at the
     * row's cells: its arrival day is the column of the day hired.
     */
    private Person person(Enterprise enterprise, StaffRow row) {
        row.person.setFlowType(FlowType.INFLOW);
        row.person.setOrgUnit(enterprise.getOrgUnit());
        row.person.setEmployer(enterprise.getName());
        row.person.setArrivalDate(row.hiredOn);
        try {
            return registry.arrived(row.person);
        } catch (InvalidInputException wrong) {
            String field = switch (wrong.field() == null ? "" : wrong.field()) {
                case "arrivalDate" -> "hiredOn";
                case "employer", "orgUnit" -> null;
                default -> wrong.field();
            };
            throw new InvalidInputException(field, wrong.messageKey(), wrong.arguments());
        }
    }

    /** A new employment; refused while the person is on this payroll under another day hired. */
    private StaffMember hire(long enterpriseId, Person person, StaffRow row, String by, Instant at) {
        for (StaffMember other : staff.findByEnterpriseIdAndPersonId(enterpriseId, person.getId())) {
            boolean overlaps = (other.getLeftOn() == null || !other.getLeftOn().isBefore(row.hiredOn))
                    && (row.leftOn == null || !row.leftOn.isBefore(other.getHiredOn()));
            if (overlaps) {
                throw new InvalidInputException("hiredOn", "enterprise.staff.overlaps", other.getHiredOn().toString());
            }
        }
        return staff.save(new StaffMember(enterpriseId, person, row.job, row.hiredOn, row.leftOn, by, at));
    }
}
