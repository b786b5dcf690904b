package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseStaff;
import cn.gongguan.enterprise.EnterpriseTask;
import cn.gongguan.enterprise.EnterpriseTasks;
import cn.gongguan.enterprise.Enterprises;
import cn.gongguan.enterprise.StaffEntry;
import cn.gongguan.enterprise.TaskKind;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's enterprises: 城关镇's three with 城关建材's staff list (newcomers on the visit worklist, the woman on the open
 * certificate task), and 北街居委会's shop — and the seeding, run again, adds nothing.
 */
class EnterpriseDemoTest extends UiTest {

    @Autowired
    Enterprises enterprises;
    @Autowired
    EnterpriseStaff staff;
    @Autowired
    EnterpriseTasks tasks;
    @Autowired
    PersonRegistry registry;
    @Autowired
    EnterpriseDemo demo;

    @Test
    void chengguanHasThreeEnterprisesAndAStaffListWithNewcomersAwaitingTheirVisit() {
        login("chengguan.staff", HomeView.class);
        Enterprise materials = enterprises.list(EnterpriseDemo.BUILDING_MATERIALS, 0, 5).getFirst();
        assertThat(enterprises.count("徽县金徽酒业包装厂") + enterprises.count("滨河花园三期项目部")).isEqualTo(2);
        List<StaffEntry> listed = staff.current(materials.getId());
        assertThat(listed).hasSize(4);
        assertThat(listed).filteredOn(StaffEntry::checked).extracting(e -> e.member().getPerson().getName())
                .as("visited when he came").containsExactly("张建军");
        PersonFilter notVisited = PersonFilter.livingHere().and(FiveSteps.open(Step.VISIT));
        assertThat(registry.list(new PersonFilter("王晓丽", null, null, null, notVisited.also()),
                PageRequest.of(0, 5))).as("the newcomer is on the visit worklist").hasSize(1);
        assertThat(tasks.of(materials.getId())).singleElement().satisfies(task -> {
            assertThat(task.getKind()).isEqualTo(TaskKind.CERTIFICATES);
            assertThat(task.isOpen()).isTrue();
            assertThat(task.getStaffIds()).hasSize(1);
        });

        demo.chengguan();
        assertThat(enterprises.count(null)).as("seeded once").isGreaterThanOrEqualTo(3);
        assertThat(staff.count(materials.getId(), true)).isEqualTo(4);
        assertThat(tasks.of(materials.getId())).extracting(EnterpriseTask::getId).hasSize(1);
    }

    @Test
    void beijieKeepsItsOwnEnterprise() {
        login("beijie.clerk", HomeView.class);
        assertThat(enterprises.count("北街惠民超市")).isEqualTo(1);
    }
}
