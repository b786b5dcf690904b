package cn.gongguan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.Sex;
import cn.gongguan.ui.HomeView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A township's task of a joint operation through {@link OperationTasks}: it assigns its own key locations of the
 * kinds asked, keeps the count of locations, submits, and changes nothing once the county closed the operation; and
 * it never reaches another township's task.
 */
class OperationTasksTest extends OperationTaskFixtures {

    @Autowired
    OperationTaskRows rows;
    @Autowired
    PlatformTransactionManager transactions;

    long operation;
    long task;

    @BeforeEach
    void aPublishedOperationAndTheStaffOfChengguan() {
        operation = publish(3, "URBAN_VILLAGE,FARMERS_MARKET", CHENGGUAN, FUJIA);
        task = taskOf(operation, CHENGGUAN);
        login("chengguan.staff", HomeView.class);
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void theTownshipSeesItsTaskWithItsOperationAndNotAnotherTownships() {
        assertThat(tasks.tasks()).extracting(OperationTaskEntry::id).contains(task);
        assertThat(tasks.task(task)).get().satisfies(entry -> {
            assertThat(entry.operation().id()).isEqualTo(operation);
            assertThat(entry.task().state()).isEqualTo(TaskState.OPEN);
        });
        long fujiaTask = taskOf(operation, FUJIA);
        assertThat(tasks.task(fujiaTask)).as("Fujia's task of the same operation").isEmpty();
        assertThat(tasks.tasks()).extracting(OperationTaskEntry::id).doesNotContain(fujiaTask);
        assertThatThrownBy(() -> tasks.locations(fujiaTask)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.submit(fujiaTask, "不是我的")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void assigningKeepsTheLocationAndTheCountAndRefusesTheWrongKindOrTheSameLocationTwice() {
        KeyLocation village = keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG);
        KeyLocation market = keyLocation(LocationKind.FARMERS_MARKET, XIANNONG);
        KeyLocation site = keyLocation(LocationKind.URBAN_FRINGE, XIANNONG);
        assertThat(tasks.assignable(task)).extracting(KeyLocation::getId)
                .contains(village.getId(), market.getId()).doesNotContain(site.getId());

        OperationLocation assigned = tasks.assign(task, village.getId(), "第一组：张三、李四");
        assertThat(assigned).satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LocationKind.URBAN_VILLAGE);
            assertThat(l.name()).isEqualTo(village.getName());
            assertThat(l.unitName()).isEqualTo("先农村委会");
            assertThat(l.team()).isEqualTo("第一组：张三、李四");
        });
        tasks.assign(task, market.getId(), "第二组");
        assertThat(tasks.task(task).orElseThrow().task().locationsTotal()).isEqualTo(2);
        assertThat(tasks.assignable(task)).extracting(KeyLocation::getId)
                .doesNotContain(village.getId(), market.getId());

        assertThatThrownBy(() -> tasks.assign(task, site.getId(), "第三组")).isInstanceOf(InvalidInputException.class)
                .extracting("field", "messageKey").containsExactly("location", "operationTask.location.kindNotAsked");
        assertThatThrownBy(() -> tasks.assign(task, village.getId(), "第三组"))
                .extracting("field", "messageKey").containsExactly("location", "operationTask.location.assigned");
        assertThatThrownBy(() -> tasks.assign(task, market.getId() + 100_000, "第三组"))
                .extracting("field", "messageKey").containsExactly("location", "operationTask.location.unknown");
        assertThatThrownBy(() -> tasks.assign(task, null, "第三组"))
                .extracting("field").isEqualTo("location");
        assertThat(tasks.task(task).orElseThrow().task().locationsTotal()).isEqualTo(2);

        tasks.changeTeam(assigned.id(), "第一组：王五");
        assertThat(tasks.locations(task)).filteredOn(l -> l.id() == assigned.id())
                .extracting(OperationLocation::team).containsExactly("第一组：王五");
        assertThatThrownBy(() -> tasks.changeTeam(assigned.id(), " ")).extracting("field").isEqualTo("team");

        tasks.unassign(assigned.id());
        assertThat(tasks.locations(task)).extracting(OperationLocation::id).doesNotContain(assigned.id());
        assertThat(tasks.task(task).orElseThrow().task().locationsTotal()).isEqualTo(1);
    }

    @Test
    void aLocationWithAFindingStaysAssigned() {
        OperationLocation location = tasks.assign(task, keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG).getId(),
                "第一组");
        tasks.record(task, finding(location.id(), 4, List.of(), List.of()), (key, args) -> key);
        assertThatThrownBy(() -> tasks.unassign(location.id()))
                .extracting("field", "messageKey").containsExactly("location", "operationTask.location.hasFindings");
        assertThat(tasks.task(task).orElseThrow().task().locationsTotal()).isEqualTo(1);
    }

    @Test
    void theResultIsSubmittedOnceAndAgainOnlyAfterTheCountyAsksForRework() {
        tasks.submit(task, "已清查全部场所");
        OperationTask submitted = tasks.task(task).orElseThrow().task();
        assertThat(submitted.state()).isEqualTo(TaskState.SUBMITTED);
        assertThat(submitted.resultNote()).isEqualTo("已清查全部场所");
        assertThat(submitted.submittedBy()).isEqualTo("chengguan.staff");
        assertThatThrownBy(() -> tasks.submit(task, "再报"))
                .extracting("field", "messageKey").containsExactly("note", "operationTask.alreadySubmitted");

        sqlAsTenant(COUNTY, "update platform.operation_task set state = 'REWORK', rework_reason = '缺少市场',"
                + " rework_by = 'fixture', rework_at = now() where id = " + task + " returning id");
        assertThat(tasks.task(task).orElseThrow().task().reworkReason()).isEqualTo("缺少市场");
        tasks.submit(task, "补查市场");
        assertThat(tasks.task(task).orElseThrow().task().state()).isEqualTo(TaskState.SUBMITTED);
    }

    @Test
    void nothingChangesAfterTheOperationClosedAndTheRefusalIsAtAField() {
        KeyLocation village = keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG);
        OperationLocation location = tasks.assign(task, village.getId(), "第一组");
        KeyLocation market = keyLocation(LocationKind.FARMERS_MARKET, XIANNONG);
        close(operation);

        assertThatThrownBy(() -> tasks.submit(task, "迟到的结果"))
                .extracting("field", "messageKey").containsExactly("note", "operation.closed");
        assertThatThrownBy(() -> tasks.assign(task, market.getId(), "第二组"))
                .extracting("field", "messageKey").containsExactly("location", "operation.closed");
        assertThatThrownBy(() -> tasks.changeTeam(location.id(), "第二组")).extracting("field").isEqualTo("team");
        assertThatThrownBy(() -> tasks.unassign(location.id())).extracting("field").isEqualTo("location");
        assertThatThrownBy(() -> tasks.record(task, finding(location.id(), 1, List.of(), List.of()),
                (key, args) -> key)).extracting("field").isEqualTo("foundOn");
        assertThat(tasks.task(task).orElseThrow().task().state()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void theDatabasesRefusalUnderAClosedOperationComesBackAtAField() {
        // the county closes between the township's read and its write: the guard trigger refuses with GG001
        close(operation);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                OperationGuards.refusingClosed("note", () -> {
                    rows.submit(task, "迟到的结果", "chengguan.staff");
                    return null;
                }))).isInstanceOf(InvalidInputException.class).extracting("field", "messageKey")
                .containsExactly("note", "operation.closed");
    }

    @Test
    void otherRolesAreRefused() {
        logout();
        login("chengguan.officer", HomeView.class);
        assertThatThrownBy(() -> tasks.tasks()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.submit(task, "x")).isInstanceOf(AccessDeniedException.class);
        logout();
        login("county.admin", HomeView.class);
        assertThatThrownBy(() -> tasks.task(task)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFindingRaisesTheCountsOnTheLocationAndTheTask() {
        OperationLocation location = tasks.assign(task, keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG).getId(),
                "第一组");
        tasks.record(task, finding(location.id(), 5, List.of(newPerson("计数甲", Sex.MALE, true, null)),
                List.of()), (key, args) -> key);
        tasks.record(task, finding(location.id(), 3, List.of(), List.of()), (key, args) -> key);
        OperationLocation counted = tasks.locations(task).getFirst();
        assertThat(counted.findings()).isEqualTo(2);
        assertThat(counted.counts()).isEqualTo(new FindingCounts(8, 1, 0, 0, 0));
        assertThat(counted.doneOn()).isEqualTo(today.date());
        OperationTask withCounts = tasks.task(task).orElseThrow().task();
        assertThat(withCounts.locationsDone()).as("one location, done once").isEqualTo(1);
        assertThat(withCounts.counts()).isEqualTo(new FindingCounts(8, 1, 0, 0, 0));
    }

    @Test
    void afterSubmittingTheTownshipChangesNothingUntilTheCountyAsksForRework() {
        OperationLocation location = tasks.assign(task, keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG).getId(),
                "第一组");
        KeyLocation market = keyLocation(LocationKind.FARMERS_MARKET, XIANNONG);
        tasks.submit(task, "已清查");

        assertThatThrownBy(() -> tasks.record(task, finding(location.id(), 2, List.of(), List.of()),
                (key, args) -> key)).extracting("field", "messageKey")
                .containsExactly("foundOn", "operationTask.submitted");
        assertThatThrownBy(() -> tasks.assign(task, market.getId(), "第二组")).extracting("field", "messageKey")
                .containsExactly("location", "operationTask.submitted");
        assertThatThrownBy(() -> tasks.changeTeam(location.id(), "第二组")).extracting("field", "messageKey")
                .containsExactly("team", "operationTask.submitted");
        assertThatThrownBy(() -> tasks.unassign(location.id())).extracting("field", "messageKey")
                .containsExactly("location", "operationTask.submitted");
        assertThat(tasks.task(task).orElseThrow().task().counts()).isEqualTo(FindingCounts.NONE);

        sqlAsTenant(COUNTY, "update platform.operation_task set state = 'REWORK', rework_reason = '补查',"
                + " rework_by = 'fixture', rework_at = now() where id = " + task + " returning id");
        tasks.record(task, finding(location.id(), 2, List.of(), List.of()), (key, args) -> key);
        assertThat(tasks.task(task).orElseThrow().task().counts().personsChecked()).isEqualTo(2);
    }

    @Test
    void moreThanTenThousandPersonsCheckedIsRefusedAtTheField() {
        OperationLocation location = tasks.assign(task, keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG).getId(),
                "第一组");
        assertThatThrownBy(() -> tasks.record(task, finding(location.id(), Integer.MAX_VALUE, List.of(), List.of()),
                (key, args) -> key)).extracting("field", "messageKey")
                .containsExactly("personsChecked", "finding.personsChecked.range");
        assertThat(tasks.locations(task).getFirst().findings()).isZero();
    }

    @Test
    void aLiaisonsFindingNotTakenInKeepsItsLocationAndIsListedToDiscard() {
        OperationLocation location = tasks.assign(task, keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG).getId(),
                "第一组");
        long failed = asOwner().sql("""
                        insert into platform.liaison_finding (location_id, operation_id, county_code, township_code,
                            department, recorded_by, recorded_by_name, found_on, persons_checked, payload_sealed,
                            taken_problem)
                        values (?, ?, ?, ?, 'POLICE', 'test.police.liaison', '警察甲', current_date, 3, '\\x00'::bytea,
                            'operation.closed') returning id""")
                .params(location.id(), operation, COUNTY.value(), CHENGGUAN.value()).query(Long.class).single();

        assertThatThrownBy(() -> tasks.unassign(location.id())).extracting("field", "messageKey")
                .containsExactly("location", "operationTask.location.hasFindings");
        assertThat(tasks.failedFindings(task)).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(failed);
            assertThat(f.location()).isEqualTo(location.name());
            assertThat(f.problem()).isEqualTo("operation.closed");
        });

        tasks.discard(failed);
        assertThat(tasks.failedFindings(task)).isEmpty();
        assertThat(asOwner().sql("select payload_sealed is null and taken_at is not null from platform.liaison_finding"
                + " where id = ?").param(failed).query(Boolean.class).single()).as("erased, waits no more").isTrue();
        assertThat(asOwner().sql("select count(*) from platform.audit_event where tenant_code = '621227100'"
                        + " and action = 'LIAISON_FINDING_DISCARDED' and subject = ?").param("liaison-finding:" + failed)
                .query(Long.class).single()).isEqualTo(1);
    }
}
