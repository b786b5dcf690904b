package cn.gongguan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A department liaison's findings: recorded only in an operation they are named in, sealed for the township, taken in
 * by that township right after the commit with the effects of its own findings, once; a person its registry refuses
 * is left for a hand instead of holding up the rest; no other township sees any of it.
 */
class FindingIntakeTest extends OperationTaskFixtures {

    @Autowired
    LiaisonFindings liaisonFindings;
    @Autowired
    FindingIntake intake;
    @Autowired
    PersonRegistry registry;

    long operation;
    long task;
    OperationLocation location;

    @BeforeEach
    void aLocationOfChengguanAndANamedLiaison() {
        operation = publish(4, "FARMERS_MARKET", CHENGGUAN, FUJIA);
        task = taskOf(operation, CHENGGUAN);
        login("chengguan.staff", HomeView.class);
        location = tasks.assign(task, keyLocation(LocationKind.FARMERS_MARKET, XIANNONG).getId(), "第一组");
        nameLiaison(operation);
        logout();
        login(LIAISON, HomeView.class);
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void theTownshipTakesTheFindingInRightAfterTheCommitWithItsEffects() {
        FindingPerson woman = newPerson("联络员发现女", Sex.FEMALE, false, FindingReferral.CERTIFICATE);
        FindingHouse house = newHouse();
        long id = liaisonFindings.record(operation, finding(location.id(), 9, List.of(woman), List.of(house)));

        assertThat(liaisonFindings.mine()).filteredOn(f -> f.id() == id).singleElement().satisfies(f -> {
            assertThat(f.isTakenIn()).isTrue();
            assertThat(f.personsChecked()).isEqualTo(9);
            assertThat(f.referred()).isEqualTo(1);
        });
        assertThat(asOwner().sql("select payload_sealed is null from platform.liaison_finding where id = ?").param(id)
                .query(Boolean.class).single()).as("what it said is erased").isTrue();
        assertThat(count("t_621227100.operation_finding", "liaison_finding_id = " + id
                + " and source = 'LIAISON' and department = 'POLICE' and recorded_by = '" + LIAISON + "'"))
                .isEqualTo(1);
        assertThat(count("t_621227100.person", "id_number = '" + woman.idNumber() + "' and flow_type = 'INFLOW'"))
                .isEqualTo(1);
        assertThat(count("t_621227100.follow_up f join t_621227100.person p on p.id = f.person_id",
                "f.kind = 'KEY_GROUP' and p.id_number = '" + woman.idNumber() + "'")).isEqualTo(1);
        assertThat(count("t_621227100.rental_house", "address = '" + house.address() + "'")).isEqualTo(1);
        assertThat(count("t_621227101.person", "id_number = '" + woman.idNumber() + "'")).isZero();
        assertThat(liaisonFindings.locations(operation)).filteredOn(l -> l.id() == location.id()).singleElement()
                .satisfies(l -> assertThat(l.counts()).isEqualTo(new FindingCounts(9, 1, 1, 1, 1)));
    }

    @Test
    void takingInTwiceAddsNothing() {
        long id = liaisonFindings.record(operation, finding(location.id(), 3,
                List.of(newPerson("只收一次", Sex.MALE, true, null)), List.of()));
        assertThat(intake.take(CHENGGUAN)).isZero();
        // as if the township's transaction committed and the mark was lost: the township's table keys it
        asOwner().sql("update platform.liaison_finding set taken_at = null where id = ?").param(id).update();
        assertThat(intake.take(CHENGGUAN)).isZero();
        assertThat(count("t_621227100.operation_finding", "liaison_finding_id = " + id)).isEqualTo(1);
        assertThat(asOwner().sql("select findings from platform.operation_location where id = ?").param(location.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(asOwner().sql("select taken_at is not null from platform.liaison_finding where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aPersonTheRegistryRefusesIsLeftForAHandAndTheRestIsTakenIn() {
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1987, 7, 7), Sex.MALE);
        logout();
        login("chengguan.staff", HomeView.class);
        registry.register(PersonFixtures.details("登记原名", idNumber));
        logout();
        login(LIAISON, HomeView.class);
        FindingPerson misnamed = new FindingPerson(idNumber, "另一个名字", "13800138000", "510107001",
                MaritalStatus.MARRIED, true, null);
        FindingPerson fine = newPerson("顺利登记", Sex.MALE, true, null);
        long id = liaisonFindings.record(operation, finding(location.id(), 2, List.of(misnamed, fine), List.of()));

        assertThat(count("t_621227100.person", "id_number = '" + fine.idNumber() + "'")).isEqualTo(1);
        assertThat(asOwner().sql("select taken_problem from platform.liaison_finding where id = ?").param(id)
                .query(String.class).single()).isNotBlank().doesNotContain(idNumber).doesNotContain("另一个名字");
        logout();
        login("chengguan.staff", HomeView.class);
        assertThat(tasks.problems(task)).singleElement().satisfies(problem -> {
            assertThat(problem.idNumber()).isEqualTo(idNumber);
            assertThat(problem.name()).isEqualTo("另一个名字");
            assertThat(problem.reasonKey()).isEqualTo("person.name.differs");
        });
        assertThat(tasks.locations(task).getFirst().counts()).isEqualTo(new FindingCounts(2, 1, 0, 0, 0));
    }

    @Test
    void aLiaisonNotNamedInTheOperationIsRefusedAtTheFieldAndNothingIsRecorded() {
        long notNamed = publish(1, "FARMERS_MARKET", CHENGGUAN);
        assertThatThrownBy(() -> liaisonFindings.record(notNamed, finding(location.id(), 1, List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field", "messageKey")
                .containsExactly("operation", "liaison.operation.notNamed");
        assertThatThrownBy(() -> liaisonFindings.locations(notNamed)).extracting("field").isEqualTo("operation");
        assertThat(liaisonFindings.operations()).extracting(Operation::id).contains(operation).doesNotContain(notNamed);
        assertThat(count("platform.liaison_finding", "operation_id = " + notNamed)).isZero();
    }

    @Test
    void aLiaisonsFindingIsRefusedForALocationOfAnotherOperationOrADayOutsideIt() {
        assertThatThrownBy(() -> liaisonFindings.record(operation, finding(999_999_999L, 1, List.of(), List.of())))
                .extracting("field", "messageKey").containsExactly("location", "finding.location.notInTask");
        assertThatThrownBy(() -> liaisonFindings.record(operation, new FindingInput(location.id(),
                today.date().plusDays(1), 1, List.of(), List.of(), null)))
                .extracting("field", "messageKey").containsExactly("foundOn", "finding.foundOn.future");
        close(operation);
        assertThatThrownBy(() -> liaisonFindings.record(operation, finding(location.id(), 1, List.of(), List.of())))
                .extracting("field", "messageKey").containsExactly("foundOn", "operation.closed");
        assertThat(count("platform.liaison_finding", "operation_id = " + operation)).isZero();
    }

    @Test
    void theSealedPartOpensForItsTownshipOnlyAndNoOtherTownshipSeesTheFinding() {
        FindingPerson person = newPerson("密封检查", Sex.MALE, true, null);
        long recorded = liaisonFindings.record(operation, finding(location.id(), 1, List.of(person), List.of()));
        // the row's sealed part is erased once taken in: seal as the liaison did, for the same row
        byte[] sealed = payload.seal("621227100", recorded, new FindingPayload.Content(List.of(person), List.of()));
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(person.idNumber());
        assertThatThrownBy(() -> payload.open("621227101", recorded, sealed)).as("another township")
                .isInstanceOf(RuntimeException.class);
        assertThat(payload.open("621227100", recorded, sealed).persons()).containsExactly(person);
        assertThat(count(FUJIA, "select count(*) from platform.liaison_finding where id = " + recorded)).isZero();
        assertThat(count(CHENGGUAN, "select count(*) from platform.liaison_finding where id = " + recorded))
                .isEqualTo(1);
    }

    @Test
    void aLiaisonReachesNoTownshipServiceAndTownshipStaffNoLiaisonOne() {
        assertThatThrownBy(() -> tasks.tasks()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.find(1)).isInstanceOf(AccessDeniedException.class);
        logout();
        login("chengguan.staff", HomeView.class);
        assertThatThrownBy(() -> liaisonFindings.operations()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFindingStillWaitingIsMovedToTheNewKeyByItsTownship() {
        String oldSecret = "old-secret-of-the-liaison-test";
        Sealer old = new Sealer(new Sealer.Key(1, oldSecret), null, Sealer.hashKeyOf(oldSecret));
        Sealer rotating = new Sealer(new Sealer.Key(2, "new-secret-of-the-liaison-test"), new Sealer.Key(1, oldSecret),
                Sealer.hashKeyOf(oldSecret));
        long id = id(COUNTY, "select nextval(pg_get_serial_sequence('platform.liaison_finding', 'id'))");
        byte[] sealed = old.seal("{\"persons\":[],\"houses\":[]}", FindingPayload.context("621227100", id));
        // waiting, held from the intake (which opens with the application's key, not this test's)
        asOwner().sql("""
                        insert into platform.liaison_finding (id, location_id, operation_id, county_code, township_code,
                            department, recorded_by, recorded_by_name, found_on, payload_sealed, taken_problem)
                        overriding system value values (?, ?, ?, '621227', '621227100', 'POLICE', ?, '测试', ?, ?,
                            'held by the test')""")
                .params(id, location.id(), operation, LIAISON, today.date(), sealed).update();

        TenantContext.runAs(CHENGGUAN, () -> sealedFindings.resealAfter(rotating, id - 1, 10));
        byte[] moved = asOwner().sql("select payload_sealed from platform.liaison_finding where id = ?").param(id)
                .query(byte[].class).single();
        assertThat(Sealer.keyVersion(moved)).isEqualTo(2);
        assertThat(rotating.open(moved, FindingPayload.context("621227100", id))).contains("persons");
    }

    @Autowired
    SealedLiaisonFindings sealedFindings;
    @Autowired
    FindingPayload payload;

    private long count(String from, String where) {
        return asOwner().sql("select count(*) from " + from + " where " + where).query(Long.class).single();
    }

    @Test
    void aFindingThatFailsIsKeptWithItsReasonAndTheNextIsStillTakenIn() {
        // a payload that does not open: the intake meets it first and must go on with the next
        long broken = asOwner().sql("""
                        insert into platform.liaison_finding (location_id, operation_id, county_code, township_code,
                            department, recorded_by, recorded_by_name, found_on, persons_checked, payload_sealed)
                        values (?, ?, '621227', '621227100', 'POLICE', ?, '警察甲', current_date, 1, '\\x0102'::bytea)
                        returning id""")
                .params(location.id(), operation, LIAISON).query(Long.class).single();
        long fine = liaisonFindings.record(operation, finding(location.id(), 2,
                List.of(newPerson("失败之后", Sex.MALE, true, null)), List.of()));

        assertThat(count("t_621227100.operation_finding", "liaison_finding_id = " + fine)).isEqualTo(1);
        assertThat(asOwner().sql("select taken_problem from platform.liaison_finding where id = ? and taken_at is null")
                .param(broken).query(String.class).single()).startsWith("failed: ");
        assertThat(asOwner().sql("select count(*) from platform.audit_event where tenant_code = '621227100'"
                        + " and action = 'LIAISON_FINDING_FAILED' and subject = ?").param("liaison-finding:" + broken)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(intake.take(CHENGGUAN)).as("a failed finding is not tried every round").isZero();

        logout();
        login("chengguan.staff", HomeView.class);
        assertThat(tasks.failedFindings(task)).extracting(FailedLiaisonFinding::id).containsExactly(broken);
        assertThat(tasks.retry(broken)).as("still does not open").isFalse();
        assertThat(tasks.failedFindings(task)).extracting(FailedLiaisonFinding::id).containsExactly(broken);
        tasks.discard(broken);
        assertThat(tasks.failedFindings(task)).isEmpty();
    }
}
