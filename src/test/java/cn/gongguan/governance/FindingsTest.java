package cn.gongguan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Findings at a township's locations: what they do in the township's registers (a person registered as inflow
 * awaiting the visit, a key-group follow-up, a house in the housing register) — in that township and nowhere else —,
 * the counts they add, and what is refused at its field with nothing written.
 */
class FindingsTest extends OperationTaskFixtures {

    private static final Texts KEYS = (key, arguments) -> key;

    @Autowired
    PersonRegistry registry;

    long operation;
    long task;
    KeyLocation place;
    OperationLocation location;

    @BeforeEach
    void aLocationAssignedInChengguan() {
        operation = publish(5, "URBAN_VILLAGE", CHENGGUAN, FUJIA);
        task = taskOf(operation, CHENGGUAN);
        login("chengguan.staff", HomeView.class);
        place = keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG);
        location = tasks.assign(task, place.getId(), "第一组");
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void personsFoundEnterTheRegistryAwaitingTheVisitAndAWomanWithoutCertificateGetsAFollowUp() {
        FindingPerson man = newPerson("清查男", Sex.MALE, true, null);
        FindingPerson woman = newPerson("清查女", Sex.FEMALE, false, FindingReferral.REPRODUCTIVE_HEALTH);
        FindingHouse house = newHouse();
        long finding = tasks.record(task, finding(location.id(), 12, List.of(man, woman), List.of(house)), KEYS);

        Map<String, Object> registered = asOwner().sql("""
                        select flow_type, org_unit_code, address, arrival_date, certificate_checked
                        from t_621227100.person where id_number = ?""")
                .param(woman.idNumber()).query().singleRow();
        assertThat(registered).containsEntry("flow_type", "INFLOW").containsEntry("org_unit_code", XIANNONG)
                .containsEntry("address", place.getAddress()).containsEntry("certificate_checked", false);
        assertThat(registered.get("arrival_date").toString()).isEqualTo(today.date().toString());
        assertThat(count("t_621227100.step_record s join t_621227100.person p on p.id = s.person_id",
                "p.id_number in ('" + man.idNumber() + "', '" + woman.idNumber() + "')"))
                .as("both await the visit").isZero();
        assertThat(count("t_621227100.follow_up f join t_621227100.person p on p.id = f.person_id",
                "f.kind = 'KEY_GROUP' and p.id_number = '" + woman.idNumber() + "'")).isEqualTo(1);
        assertThat(count("t_621227100.follow_up f join t_621227100.person p on p.id = f.person_id",
                "p.id_number = '" + man.idNumber() + "'")).isZero();
        assertThat(count("t_621227100.rental_house", "address = '" + house.address() + "' and org_unit_code = '"
                + XIANNONG + "' and active")).isEqualTo(1);
        assertThat(count("t_621227100.operation_finding_person", "finding_id = " + finding
                + " and referred and newly_registered")).isEqualTo(1);
        assertThat(count("t_621227100.operation_finding_referral", "finding_id = " + finding
                + " and kind = 'REPRODUCTIVE_HEALTH' and persons = 1")).as("the service counted, linked to no person")
                .isEqualTo(1);

        assertThat(count("t_621227101.person", "id_number in ('" + man.idNumber() + "', '" + woman.idNumber()
                + "')")).as("nothing in Fujia").isZero();
        assertThat(count("t_621227101.rental_house", "address = '" + house.address() + "'")).isZero();
        assertThat(count("t_621227101.operation_finding", "true")).isZero();

        assertThat(tasks.locations(task).getFirst().counts()).isEqualTo(new FindingCounts(12, 2, 1, 1, 1));
        assertThat(tasks.findings(task)).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(FindingSource.TOWNSHIP);
            assertThat(f.recordedBy()).isEqualTo("chengguan.staff");
        });
        assertThat(count("platform.audit_event", "action = 'OPERATION_FINDING_RECORDED' and subject = "
                + "'operation-finding:" + finding + "' and tenant_code = '621227100'")).isEqualTo(1);
    }

    @Test
    void aPersonRegisteredAlreadyIsLinkedNotCountedAsNewAndAnOpenFollowUpIsNotDoubled() {
        FindingPerson woman = newPerson("复查女", Sex.FEMALE, false, null);
        tasks.record(task, finding(location.id(), 1, List.of(woman), List.of()), KEYS);
        tasks.record(task, finding(location.id(), 1, List.of(woman), List.of()), KEYS);
        assertThat(count("t_621227100.person", "id_number = '" + woman.idNumber() + "'")).isEqualTo(1);
        assertThat(count("t_621227100.follow_up f join t_621227100.person p on p.id = f.person_id",
                "p.id_number = '" + woman.idNumber() + "'")).as("one open follow-up").isEqualTo(1);
        assertThat(tasks.locations(task).getFirst().counts()).as("registered once, without certificate twice")
                .isEqualTo(new FindingCounts(2, 1, 2, 0, 0));
    }

    @Test
    void aFindingAtALocationNotInTheTaskIsRefusedAtTheLocation() {
        long other = publish(2, "URBAN_VILLAGE", CHENGGUAN);
        long otherTask = taskOf(other, CHENGGUAN);
        OperationLocation elsewhere = tasks.assign(otherTask, place.getId(), "第二组");
        assertRefused(finding(elsewhere.id(), 1, List.of(), List.of()), "location", "finding.location.notInTask");
        assertRefused(finding(999_999_999L, 1, List.of(), List.of()), "location", "finding.location.notInTask");
    }

    @Test
    void theDayMustBeWithinTheOperationAndNotAhead() {
        LocalDate start = tasks.task(task).orElseThrow().operation().startsOn();
        assertRefused(new FindingInput(location.id(), start.minusDays(1), 1, List.of(), List.of(), null), "foundOn",
                "finding.foundOn.beforeStart");
        assertRefused(new FindingInput(location.id(), today.date().plusDays(1), 1, List.of(), List.of(), null),
                "foundOn", "finding.foundOn.future");
        assertRefused(new FindingInput(location.id(), null, 1, List.of(), List.of(), null), "foundOn",
                "validation.required");
    }

    @Test
    void wrongCountsPersonsAndHousesAreRefusedAtTheirFieldAndNothingIsWritten() {
        FindingPerson good = newPerson("未写入", Sex.MALE, true, null);
        assertRefused(finding(location.id(), 0, List.of(good), List.of()), "personsChecked",
                "finding.personsChecked.fewer");
        assertRefused(finding(location.id(), 2, List.of(good, good), List.of()), "persons[1].idNumber",
                "finding.person.repeated");
        FindingPerson badId = new FindingPerson("51010419960201001", "错号", null, "510107001", good.maritalStatus(),
                true, null);
        assertRefused(finding(location.id(), 2, List.of(good, badId), List.of()), "persons[1].idNumber", null);
        FindingPerson noPlace = new FindingPerson(good.idNumber(), "无户籍地", null, null, good.maritalStatus(), true,
                null);
        assertRefused(finding(location.id(), 1, List.of(noPlace), List.of()), "persons[0].registrationPlace", null);
        FindingHouse noRooms = new FindingHouse("无间数街1号", "房东", newHouse().landlordIdNumber(), null, 0);
        assertRefused(finding(location.id(), 1, List.of(good), List.of(noRooms)), "houses[0].rooms",
                "house.rooms.invalid");

        assertThat(count("t_621227100.person", "id_number = '" + good.idNumber() + "'")).isZero();
        assertThat(tasks.locations(task).getFirst().findings()).isZero();
        assertThat(tasks.findings(task)).isEmpty();
    }

    @Test
    void aNameThatDiffersFromTheRegistryIsRefusedAtThePersonsName() {
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1988, 8, 8), Sex.MALE);
        registry.register(PersonFixtures.details("原登记名", idNumber));
        FindingPerson renamed = new FindingPerson(idNumber, "别的名字", null, "510107001",
                cn.gongguan.registry.MaritalStatus.MARRIED, true, null);
        assertRefused(finding(location.id(), 1, List.of(renamed), List.of()), "persons[0].name",
                "person.name.differs");
        assertThat(tasks.findings(task)).isEmpty();
    }

    @Test
    void anotherTownshipsRoleCannotReadTheFindingTables() {
        tasks.record(task, finding(location.id(), 1, List.of(), List.of()), KEYS);
        assertThat(((Number) sqlAsTenant(CHENGGUAN, "select count(*) from operation_finding").getFirst()).longValue())
                .isPositive();
        for (String table : List.of("operation_finding", "operation_finding_person", "operation_finding_house",
                "operation_finding_problem")) {
            assertThatThrownBy(() -> sqlAsTenant(FUJIA, "select count(*) from t_621227100." + table))
                    .hasStackTraceContaining("permission denied for schema t_621227100");
        }
        assertThat(((Number) sqlAsTenant(FUJIA, "select count(*) from platform.operation_location where id = "
                + location.id()).getFirst()).longValue()).as("nor its locations").isZero();
    }

    private void assertRefused(FindingInput input, String field, String key) {
        assertThatThrownBy(() -> tasks.record(task, input, KEYS)).isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> {
                    InvalidInputException refused = (InvalidInputException) refusal;
                    assertThat(refused.field()).isEqualTo(field);
                    if (key != null) {
                        assertThat(refused.messageKey()).isEqualTo(key);
                    }
                });
    }

    private long count(String from, String where) {
        return asOwner().sql("select count(*) from " + from + " where " + where).query(Long.class).single();
    }
}
