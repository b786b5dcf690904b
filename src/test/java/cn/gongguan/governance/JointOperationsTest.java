package cn.gongguan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.governance.JointOperations.Amendment;
import cn.gongguan.governance.JointOperations.Plan;
import cn.gongguan.governance.JointOperations.Progress;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The county's side of joint operations through its service: the rules of a plan and their refusals at the field,
 * publishing, rework, closing and nothing after it, who sees what (another county nothing, a township its own task,
 * a liaison only what names them), and the audit trail.
 */
class JointOperationsTest extends UiTest {

    static final String CHENGGUAN = "621227100";
    static final String FUJIA = "621227101";
    static final LocalDate TODAY = LocalDate.now(CountyTime.ZONE);

    @Autowired
    JointOperations operations;
    @Autowired
    OperationRows rows;
    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    static Plan plan(String title, Set<String> townships, Set<Long> liaisons) {
        return new Plan(title, TODAY, TODAY.plusDays(20), townships, EnumSet.of(LocationKind.URBAN_VILLAGE),
                EnumSet.of(Department.FAMILY_PLANNING, Department.POLICE), "县综治办", "逐户清查", liaisons);
    }

    long liaison(String username) {
        return operations.liaisons().stream().filter(l -> l.displayName().equals(displayName(username)))
                .findFirst().orElseThrow().id();
    }

    String displayName(String username) {
        return asOwner().sql("select display_name from platform.app_user where username = ?").param(username)
                .query(String.class).single();
    }

    /** A township's submission as the township side writes it (counts and state on its task). */
    void submitted(long operation, String township, int checked) {
        asOwner().sql("""
                update platform.operation_task set state = 'SUBMITTED', submitted_at = now(), submitted_by = 'test',
                       persons_checked = ?, locations_total = 2, locations_done = 1
                where operation_id = ? and township_code = ?""").params(checked, operation, township).update();
    }

    @Test
    void aPlanIsRefusedAtTheFieldThatIsWrong() throws Exception {
        login("county.governance", HomeView.class);
        assertRefused(() -> operations.plan(new Plan("期间倒置", TODAY, TODAY.minusDays(1), Set.of(CHENGGUAN),
                EnumSet.of(LocationKind.OTHER), EnumSet.of(Department.POLICE), "县综治办", "清查", Set.of())), "endsOn");
        assertRefused(() -> operations.plan(plan("没有乡镇", Set.of(), Set.of())), "townships");
        secondCounty.declare();
        assertRefused(() -> operations.plan(plan("外县乡镇", Set.of(CHENGGUAN, SecondCountyTree.TOWNSHIP.value()),
                Set.of())), "townships");
        assertRefused(() -> operations.plan(plan("居委会不是乡镇", Set.of("621227100001"), Set.of())), "townships");
        assertRefused(() -> operations.plan(new Plan("没有场所类型", TODAY, TODAY, Set.of(CHENGGUAN), Set.of(),
                EnumSet.of(Department.POLICE), "县综治办", "清查", Set.of())), "kinds");
        assertRefused(() -> operations.plan(plan(" ", Set.of(CHENGGUAN), Set.of())), "title");
        assertRefused(() -> operations.plan(plan("不是联络员", Set.of(CHENGGUAN), Set.of(-1L))), "liaisons");
    }

    @Test
    void aDraftIsEditedAtItsVersionPublishedToItsTownshipsAndClosedForGood() {
        login("county.governance", HomeView.class);
        long police = liaison("county.police");
        long id = operations.plan(plan("测试行动一", Set.of(CHENGGUAN), Set.of(police)));
        Operation draft = operations.find(id).orElseThrow();
        assertThat(draft.state()).isEqualTo(OperationState.DRAFT);
        operations.edit(id, 0, plan("测试行动一（改）", Set.of(CHENGGUAN, FUJIA), Set.of(police)));
        assertThatThrownBy(() -> operations.edit(id, 0, plan("过时的修改", Set.of(CHENGGUAN), Set.of())))
                .isInstanceOf(StaleEditException.class);
        assertThat(operations.planOf(id).townships()).containsExactlyInAnyOrder(CHENGGUAN, FUJIA);
        assertThat(operations.progress(id).townships()).extracting(JointOperations.TownshipProgress::task)
                .containsOnlyNulls();

        operations.publish(id, 1);
        Progress progress = operations.progress(id);
        assertThat(progress.operation().state()).isEqualTo(OperationState.PUBLISHED);
        assertThat(progress.operation().publishedBy()).isEqualTo("county.governance");
        assertThat(progress.townships()).extracting(JointOperations.TownshipProgress::name)
                .containsExactly("城关镇", "伏家镇");
        assertThat(progress.townships()).allSatisfy(t -> assertThat(t.task().state()).isEqualTo(TaskState.OPEN));
        assertRefused(() -> operations.edit(id, 2, plan("发布后改乡镇", Set.of(CHENGGUAN), Set.of())), "title");
        assertRefused(() -> operations.amend(id, 2, new Amendment(TODAY.plusDays(5), "县综治办", "逐户清查",
                Set.of())), "endsOn");
        operations.amend(id, 2, new Amendment(TODAY.plusDays(40), "县公安局", "逐户清查，重点查农贸市场", Set.of(police)));
        assertThat(operations.find(id).orElseThrow().endsOn()).isEqualTo(TODAY.plusDays(40));

        long chengguanTask = operations.progress(id).townships().getFirst().task().id();
        assertRefused(() -> operations.askRework(chengguanTask, "数字不全"), "reworkReason");
        submitted(id, CHENGGUAN, 37);
        assertRefused(() -> operations.askRework(chengguanTask, " "), "reworkReason");
        operations.askRework(chengguanTask, "伏家村农贸市场未查");
        progress = operations.progress(id);
        assertThat(progress.townships().getFirst().task().state()).isEqualTo(TaskState.REWORK);
        assertThat(progress.townships().getFirst().task().reworkReason()).isEqualTo("伏家村农贸市场未查");
        assertThat(progress.counts().personsChecked()).isEqualTo(37);
        assertThat(progress.locationsDone()).isEqualTo(1);

        assertRefused(() -> operations.close(id, 3, ""), "summary");
        operations.close(id, 3, "两镇清查完毕");
        assertThat(operations.find(id).orElseThrow().isClosed()).isTrue();
        assertRefused(() -> operations.close(id, 4, "再结束一次"), "summary");
        assertRefused(() -> operations.amend(id, 4, new Amendment(TODAY.plusDays(50), "县综治办", "x", Set.of())),
                "endsOn");
        submitted(id, CHENGGUAN, 40);
        assertRefused(() -> operations.askRework(chengguanTask, "结束后退回"), "reworkReason");

        List<String> actions = asOwner().sql("select action from platform.audit_event where subject = ?"
                        + " and tenant_code = '621227' order by id").param("operation:" + id)
                .query(String.class).list();
        assertThat(actions).containsExactly("OPERATION_PLANNED", "OPERATION_CHANGED", "OPERATION_PUBLISHED",
                "OPERATION_CHANGED", "OPERATION_REWORK_ASKED", "OPERATION_CLOSED");
    }

    @Test
    void theDatabaseRefusalOfAClosedOperationIsShownAtTheField() {
        login("county.admin", HomeView.class);
        long id = operations.plan(plan("测试行动二", Set.of(FUJIA), Set.of()));
        operations.publish(id, 0);
        long task = operations.progress(id).townships().getFirst().task().id();
        submitted(id, FUJIA, 3);
        // closed behind the service's back: the guard of platform-075 refuses, the user sees a refusal at the field
        asOwner().sql("update platform.operation set state = 'CLOSED', closed_at = now(), summary = '已结束',"
                + " closed_by = 'other' where id = ?").param(id).update();
        assertThatThrownBy(() -> TenantContext.callAs(TenantCode.of("621227"), () -> new TransactionTemplate(
                transactions).execute(s -> asTenantUpdate(task)))).hasStackTraceContaining("GG001");
        assertRefused(() -> operations.askRework(task, "结束后退回"), "reworkReason");
    }

    private int asTenantUpdate(long task) {
        return jdbc.sql("update platform.operation_task set state = 'REWORK', rework_reason = 'x'"
                + " where id = ?").param(task).update();
    }

    @Test
    void aDraftIsDeletedAndAPublishedOneIsNot() {
        login("county.governance", HomeView.class);
        long id = operations.plan(plan("测试行动三", Set.of(CHENGGUAN), Set.of()));
        operations.delete(id, 0);
        assertThat(operations.find(id)).isEmpty();
        long published = operations.plan(plan("测试行动四", Set.of(CHENGGUAN), Set.of()));
        operations.publish(published, 0);
        assertRefused(() -> operations.delete(published, 1), "title");
    }

    @Test
    void aLiaisonSeesOnlyTheOperationsNamingThemAndChangesNothing() {
        login("county.governance", HomeView.class);
        long named = operations.plan(plan("测试行动五", Set.of(CHENGGUAN), Set.of(liaison("county.police"))));
        operations.publish(named, 0);
        long other = operations.plan(plan("测试行动六", Set.of(CHENGGUAN), Set.of(liaison("county.market"))));
        operations.publish(other, 0);
        long draft = operations.plan(plan("测试行动草稿", Set.of(CHENGGUAN), Set.of(liaison("county.police"))));

        assertThat(login("county.police", HomeView.class).department()).as("the liaison's department")
                .isEqualTo(Department.POLICE.name());
        assertThat(operations.list()).extracting(l -> l.operation().id()).contains(named).doesNotContain(other);
        assertThat(operations.progress(named).townships()).hasSize(1);
        assertThatThrownBy(() -> operations.progress(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operations.find(other)).isInstanceOf(AccessDeniedException.class);
        assertThat(operations.list()).as("a draft naming the liaison is the planners' alone")
                .extracting(l -> l.operation().id()).doesNotContain(draft);
        assertThatThrownBy(() -> operations.find(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operations.progress(draft)).isInstanceOf(AccessDeniedException.class);
        long task = operations.progress(named).townships().getFirst().task().id();
        assertThatThrownBy(() -> operations.askRework(task, "联络员退回")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operations.close(named, 1, "联络员结束")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operations.plan(plan("联络员部署", Set.of(CHENGGUAN), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(operations::liaisons).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherCountySeesNothingAndATownshipOnlyItsOwnTask() throws Exception {
        secondCounty.declare();
        login("county.governance", HomeView.class);
        long id = operations.plan(plan("测试行动七", Set.of(CHENGGUAN, FUJIA), Set.of()));
        operations.publish(id, 0);

        List<Operation> seenBySecondCounty = inTenant(SecondCountyTree.COUNTY, rows::operations);
        assertThat(seenBySecondCounty).extracting(Operation::id).doesNotContain(id);
        assertThat(inTenant(SecondCountyTree.COUNTY, () -> rows.tasksOf(id))).isEmpty();
        assertThat(inTenant(TenantCode.of(CHENGGUAN), () -> rows.tasksOf(id))).extracting(OperationTask::township)
                .containsExactly(CHENGGUAN);
        assertThat(inTenant(TenantCode.of(FUJIA), () -> rows.tasksOf(id))).extracting(OperationTask::township)
                .containsExactly(FUJIA);

        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> operations.progress(id)).as("a township follows its task on its own side")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(operations::list).isInstanceOf(AccessDeniedException.class);
    }

    private <T> T inTenant(TenantCode tenant, java.util.function.Supplier<T> read) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactions).execute(s -> read.get()));
    }

    static void assertRefused(Runnable act, String field) {
        assertThatThrownBy(act::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
