package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.governance.GovernanceMember;
import cn.gongguan.governance.GovernanceMembers;
import cn.gongguan.governance.GovernanceMeetings;
import cn.gongguan.governance.GovernanceOverview;
import cn.gongguan.governance.GovernancePlans;
import cn.gongguan.governance.GovernanceTownship;
import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The governance groups' demo as its users meet it after a start in development mode. */
class GovernanceDemoTest extends UiTest {

    @Autowired
    GovernanceMembers members;
    @Autowired
    GovernancePlans plans;
    @Autowired
    GovernanceMeetings meetings;
    @Autowired
    SupervisionVisits visits;
    @Autowired
    GovernanceOverview overview;
    @Autowired
    Today today;

    @Test
    void chengguanAndFujiaHaveAGroupAPlanInTwoVersionsAndMeetings() {
        // other tests add members to these groups: the demo's are recognised by name
        for (String[] group : new String[][] {{"chengguan.admin", "赵志刚", "吴春梅"}, {"fujia.admin", "郑国强", "褚玉兰"}}) {
            String admin = group[0];
            login(admin, HomeView.class);
            assertThat(members.list()).as(admin).extracting(GovernanceMember::getName).contains(group[1], group[2]);
            assertThat(members.list().getFirst().getName()).as("the family-planning office leads the group")
                    .isEqualTo(group[1]);
            assertThat(members.list().stream().filter(GovernanceMember::isActive)
                    .map(GovernanceMember::getDepartment).distinct().count()).as(admin).isGreaterThanOrEqualTo(5);
            assertThat(plans.of(today.date().getYear())).as(admin).get()
                    .satisfies(plan -> assertThat(plans.history(plan)).hasSizeGreaterThanOrEqualTo(1));
            assertThat(meetings.list()).as(admin).hasSizeGreaterThanOrEqualTo(2);
            logout();
        }
        login("chengguan.staff", HomeView.class);
        assertThat(visits.received()).anySatisfy(v -> assertThat(v.isOpen()).isTrue());
        logout();

        login("county.admin", HomeView.class);
        GovernanceTownship chengguan = overview.townships().stream()
                .filter(t -> t.code().equals(TenantCode.of("621227100"))).findFirst().orElseThrow();
        assertThat(chengguan.hasPlan()).isTrue();
        assertThat(chengguan.departments()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(chengguan.supervision().open()).isPositive();
        assertThat(visits.of(TenantCode.of("621227100"))).extracting(SupervisionVisit::findings)
                .anySatisfy(findings -> assertThat(findings).contains("演示"));
    }
}
