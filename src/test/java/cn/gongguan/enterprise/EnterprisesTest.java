package cn.gongguan.enterprise;

import static cn.gongguan.enterprise.EnterpriseFixtures.DONGGUAN;
import static cn.gongguan.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.history.Change;
import cn.gongguan.ui.HomeView;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The register of enterprises: checked fields refused at the field, a credit code once per unit, edits kept as
 * versions and a stale save refused; tasks given, done and overdue; only the unit's office works here.
 */
class EnterprisesTest extends UiTest {

    @Autowired
    Enterprises enterprises;
    @Autowired
    EnterpriseTasks tasks;
    @Autowired
    Today today;

    @Test
    void aWrongFieldIsRefusedThereAndACreditCodeNamesOneEnterprise() {
        login("chengguan.staff", HomeView.class);
        EnterpriseDetails good = EnterpriseFixtures.details(unique("信用厂"), DONGGUAN);
        assertThat(field(() -> enterprises.register(withCreditCode(good, "91350100M000100Y44"))))
                .isEqualTo("creditCode");
        assertThat(field(() -> enterprises.register(new EnterpriseDetails(good.name(), good.industry(),
                good.address(), good.orgUnit(), null, good.contactName(), "电话", good.association(), 5, null))))
                .isEqualTo("contactPhone");
        assertThat(field(() -> enterprises.register(new EnterpriseDetails(good.name(), good.industry(),
                good.address(), good.orgUnit(), null, good.contactName(), good.contactPhone(), null, 5, null))))
                .isEqualTo("association");
        assertThat(field(() -> enterprises.register(new EnterpriseDetails(good.name(), good.industry(),
                good.address(), good.orgUnit(), null, good.contactName(), good.contactPhone(), good.association(),
                -1, null)))).isEqualTo("headcount");
        assertThat(field(() -> enterprises.register(new EnterpriseDetails("名".repeat(101), good.industry(),
                good.address(), good.orgUnit(), null, good.contactName(), good.contactPhone(), good.association(),
                5, null)))).isEqualTo("name");

        Enterprise saved = enterprises.register(withCreditCode(good, "91350100m000100y43"));
        assertThat(saved.getCreditCode()).isEqualTo("91350100M000100Y43");
        assertThat(field(() -> enterprises.register(withCreditCode(EnterpriseFixtures.details(unique("同码厂"), null),
                "91350100M000100Y43")))).isEqualTo("creditCode");
        enterprises.update(saved.getId(), saved.getVersion(), withCreditCode(good, null));
    }

    @Test
    void anEditKeepsTheEarlierVersionAndAStaleSaveIsRefusedWithWhoSaved() {
        login("chengguan.staff", HomeView.class);
        EnterpriseDetails details = EnterpriseFixtures.details(unique("版本厂"), DONGGUAN);
        Enterprise saved = enterprises.register(details);
        long opened = saved.getVersion();
        enterprises.update(saved.getId(), opened, new EnterpriseDetails(details.name(), details.industry(),
                details.address(), details.orgUnit(), null, "李联络", details.contactPhone(), Association.OWN, 130,
                null));

        assertThat(enterprises.history(saved.getId())).singleElement().satisfies(revision -> {
            assertThat(revision.revisedBy()).isEqualTo("chengguan.staff");
            assertThat(revision.changes()).contains(new Change("contactName", "王联络", "李联络"),
                    new Change("association", "MEMBER_UNIT", "OWN"), new Change("headcount", "120", "130"));
        });
        assertThatThrownBy(() -> enterprises.update(saved.getId(), opened, details))
                .isInstanceOfSatisfying(StaleEditException.class,
                        stale -> assertThat(stale.savedBy()).isEqualTo("chengguan.staff"));
        assertThat(enterprises.find(saved.getId())).get().extracting(Enterprise::getContactName).isEqualTo("李联络");
    }

    @Test
    void aTaskIsGivenDoneAndOverdueOnceItsDayPassed() {
        login("chengguan.staff", HomeView.class);
        Enterprise enterprise = enterprises.register(EnterpriseFixtures.details(unique("任务厂"), DONGGUAN));
        assertThat(field(() -> tasks.give(enterprise.getId(), new TaskDetails(TaskKind.OTHER, "开会",
                today.date().minusDays(1), Set.of())))).isEqualTo("dueOn");
        assertThat(field(() -> tasks.give(enterprise.getId(), new TaskDetails(TaskKind.CERTIFICATES, "收证",
                today.date().plusDays(3), Set.of())))).as("whose certificates").isEqualTo("staff");

        EnterpriseTask task = tasks.give(enterprise.getId(), new TaskDetails(TaskKind.OTHER, "张贴计生宣传栏",
                today.date(), Set.of()));
        assertThat(task.overdueOn(today.date())).isFalse();
        assertThat(task.overdueOn(today.date().plusDays(1))).isTrue();
        assertThat(field(() -> tasks.complete(task.getId(), task.getVersion(), today.date().plusDays(1), "好")))
                .isEqualTo("doneOn");

        EnterpriseTask done = tasks.complete(task.getId(), task.getVersion(), today.date(), "已张贴");
        assertThat(done.isOpen()).isFalse();
        assertThat(done.overdueOn(today.date().plusDays(1))).isFalse();
        assertThat(tasks.of(enterprise.getId())).singleElement().extracting(EnterpriseTask::getDoneNote)
                .isEqualTo("已张贴");
        assertThatThrownBy(() -> tasks.complete(task.getId(), task.getVersion(), today.date(), "再次"))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void officersAndTheCountyAreRefusedByTheServices() {
        for (String user : new String[] {"chengguan.officer", "chengguan.group", "county.admin",
                "chengguan.sysadmin"}) {
            login(user, HomeView.class);
            assertThatThrownBy(() -> enterprises.list(null, 0, 10)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> enterprises.register(EnterpriseFixtures.details(unique("越权"), null)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.overdue()).as(user).isInstanceOf(AccessDeniedException.class);
            logout();
        }
    }

    private static EnterpriseDetails withCreditCode(EnterpriseDetails details, String code) {
        return new EnterpriseDetails(details.name(), details.industry(), details.address(), details.orgUnit(), code,
                details.contactName(), details.contactPhone(), details.association(), details.headcount(),
                details.note());
    }

    private static String field(Runnable attempt) {
        try {
            attempt.run();
        } catch (InvalidInputException refusal) {
            return refusal.field();
        }
        throw new AssertionError("not refused");
    }
}
