package cn.gongguan.governance;

import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Department;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.KeyGroup;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a finding at a location of the township's task, the township's own or a liaison's taken in, with the same
 * effects as a rental-house sweep's: a person the registry does not hold is registered as an inflow person at the
 * location awaiting the visit; a woman of childbearing age without a checked certificate gets a key-group follow-up
 * unless one is open; a house found let enters the housing register. The counts go, in the same transaction, onto
 * the platform rows the county reads, added to what is there ({@code set x = x + ?}) so that two teams recording at
 * once lose nothing. A refusal names its field and nothing is written.
 */
@Component
class FindingRecorder {

    /** Days given to follow up a certificate found missing (as a sweep gives). */
    static final int FOLLOW_UP_DAYS = 7;

    /** Who recorded a finding: the township's user, or a liaison of a department (taken in from {@code liaisonFinding}). */
    record Recorder(String username, FindingSource source, Department department, String liaisonName,
                    Long liaisonFinding) {

        static Recorder township(String username) {
            return new Recorder(username, FindingSource.TOWNSHIP, null, null, null);
        }
    }

    /** A person of a liaison's finding the registry refused, kept for the township to register by hand. */
    record Problem(FindingPerson person, String reasonKey) {
    }

    private final PersonRegistry registry;
    private final FollowUps followUps;
    private final RentalHouses houses;
    private final OperationTaskRows rows;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    FindingRecorder(PersonRegistry registry, FollowUps followUps, RentalHouses houses, OperationTaskRows rows,
                    AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.followUps = followUps;
        this.houses = houses;
        this.rows = rows;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the checked finding at the location of the task (the key location where it lies); the persons of
     * {@code problems} are left out of the registry and kept for a person to register them by hand. A person refused
     * is refused at {@code persons[i].field}, {@code i} counted in the finding's whole list.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long record(OperationTask task, OperationLocation location, KeyLocation place, FindingInput input,
                Recorder by, List<Problem> problems, LocalDate today, Texts texts) {
        String address = place.getAddress() == null ? place.getName() : place.getAddress();
        int registered = 0;
        int withoutCertificate = 0;
        record Found(long personId, boolean newlyRegistered, FindingPerson input, boolean followUp) {
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < input.persons().size(); i++) {
            FindingPerson person = input.persons().get(i);
            if (problems.stream().anyMatch(problem -> problem.person().equals(person))) {
                continue;
            }
            String at = "persons[" + i + "].";
            boolean known = !registry.registered(Set.of(idNumber(person, today))).isEmpty();
            Person arrived;
            try {
                arrived = registry.arrived(details(person, place.getOrgUnit(), address, input.foundOn()));
            } catch (StaleEditException meanwhile) {
                // another finding registered the same person at this moment: not this person's fault, try again
                throw meanwhile;
            } catch (InvalidInputException wrong) {
                throw new InvalidInputException(at + wrong.field(), wrong.messageKey(), wrong.arguments());
            }
            boolean needsFollowUp = !person.certificateChecked()
                    && KeyGroup.WOMEN_OF_CHILDBEARING_AGE.includes(arrived, input.foundOn());
            if (needsFollowUp && followUps.open(arrived.getId(), FollowUpKind.KEY_GROUP).isEmpty()) {
                followUps.schedule(arrived.getId(), FollowUpKind.KEY_GROUP, today.plusDays(FOLLOW_UP_DAYS),
                        texts.get("finding.followUp.plan", input.foundOn().toString(), location.name()));
            }
            registered += known ? 0 : 1;
            withoutCertificate += needsFollowUp ? 1 : 0;
            found.add(new Found(arrived.getId(), !known, person, needsFollowUp));
        }
        // every person referred counts, the ones left out for the township to register by hand too
        Map<FindingReferral, Long> referrals = input.persons().stream().filter(p -> p.referral() != null)
                .collect(Collectors.groupingBy(FindingPerson::referral, () -> new EnumMap<>(FindingReferral.class),
                        Collectors.counting()));
        int referred = referrals.values().stream().mapToInt(Long::intValue).sum();
        List<Long> houseIds = new ArrayList<>();
        for (int i = 0; i < input.houses().size(); i++) {
            FindingHouse house = input.houses().get(i);
            try {
                RentalHouse registeredHouse = houses.register(new HouseDetails(place.getOrgUnit(), house.address(),
                        house.landlordName(), house.landlordIdNumber(), house.landlordPhone(), house.rooms()));
                houseIds.add(registeredHouse.getId());
            } catch (InvalidInputException wrong) {
                throw new InvalidInputException("houses[" + i + "]." + wrong.field(), wrong.messageKey(),
                        wrong.arguments());
            }
        }
        FindingCounts counts = new FindingCounts(input.personsChecked(), registered, withoutCertificate, referred,
                houseIds.size());
        long finding = jdbc.sql("""
                        insert into operation_finding (task_id, operation_id, location_id, key_location_id,
                            org_unit_code, found_on, source, department, liaison_name, liaison_finding_id,
                            persons_checked, persons_registered, without_certificate, referred, houses_found, note,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(task.id(), task.operationId(), location.id(), place.getId(), place.getOrgUnit(),
                        input.foundOn(), by.source().name(), by.department() == null ? null : by.department().name(),
                        by.liaisonName(), by.liaisonFinding(), counts.personsChecked(), counts.personsRegistered(),
                        counts.withoutCertificate(), counts.referred(), counts.housesFound(),
                        FindingLimits.NOTE.check(input.note()), by.username(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (Found person : found) {
            jdbc.sql("""
                            insert into operation_finding_person (finding_id, person_id, newly_registered,
                                certificate_checked, follow_up, referred) values (?, ?, ?, ?, ?, ?)""")
                    .params(finding, person.personId(), person.newlyRegistered(), person.input().certificateChecked(),
                            person.followUp(), person.input().referral() != null)
                    .update();
        }
        referrals.forEach((kind, persons) -> jdbc.sql("""
                        insert into operation_finding_referral (finding_id, kind, persons) values (?, ?, ?)""")
                .params(finding, FindingLimits.REFERRAL_KIND.check(kind.name()), persons.intValue()).update());
        houseIds.forEach(house -> jdbc.sql("insert into operation_finding_house (finding_id, house_id) values (?, ?)")
                .params(finding, house).update());
        problems.forEach(problem -> jdbc.sql("""
                        insert into operation_finding_problem (finding_id, id_number, name, phone, reason_key)
                        values (?, ?, ?, ?, ?)""")
                .params(finding, idNumber(problem.person(), today), problem.person().name(), problem.person().phone(),
                        problem.reasonKey())
                .update());
        rows.addFinding(task.id(), location.id(), input.foundOn(), counts);
        audit.record(TenantContext.current(), by.username(), AuditAction.OPERATION_FINDING_RECORDED,
                "operation-finding:" + finding, "location " + location.id() + ", " + describe(counts)
                        + (by.source() == FindingSource.LIAISON ? ", liaison " + by.liaisonName() : ""), null);
        return finding;
    }

    static Finding finding(ResultSet rs, int row) throws SQLException {
        String department = rs.getString("department");
        return new Finding(rs.getLong("id"), rs.getLong("location_id"), rs.getObject("found_on", LocalDate.class),
                FindingSource.valueOf(rs.getString("source")), department == null ? null : Department.valueOf(department),
                rs.getString("liaison_name"), new FindingCounts(rs.getInt("persons_checked"),
                rs.getInt("persons_registered"), rs.getInt("without_certificate"), rs.getInt("referred"),
                rs.getInt("houses_found")), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    static String describe(FindingCounts counts) {
        return counts.personsChecked() + " checked, " + counts.personsRegistered() + " registered, "
                + counts.withoutCertificate() + " without certificate, " + counts.referred() + " referred, "
                + counts.housesFound() + " houses";
    }

    private static String idNumber(FindingPerson person, LocalDate today) {
        return IdNumber.parse(person.idNumber(), today).value();
    }

    private static PersonDetails details(FindingPerson person, String orgUnit, String address, LocalDate foundOn) {
        PersonDetails details = new PersonDetails();
        details.setIdNumber(person.idNumber());
        details.setName(person.name());
        details.setPhone(person.phone());
        details.setRegistrationPlace(person.registrationPlace());
        details.setMaritalStatus(person.maritalStatus());
        details.setFlowType(FlowType.INFLOW);
        details.setOrgUnit(orgUnit);
        details.setAddress(address);
        details.setArrivalDate(foundOn);
        details.setCertificateChecked(person.certificateChecked());
        return details;
    }
}
