package cn.gongguan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One township's governance group is its own: another township's users do not see it through the services, and no
 * other tenant's database role — another township's, the county's — reads or changes its tables.
 */
class GovernanceIsolationTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final TenantCode COUNTY = TenantCode.of("621227");

    @Autowired
    GovernanceMembers members;
    @Autowired
    GovernanceMeetings meetings;

    @Test
    void anotherTownshipsUsersDoNotSeeTheGroup() {
        login("chengguan.admin", HomeView.class);
        GovernanceMember member = members.save(null, -1,
                new GovernanceMemberDetails("城关隔离测试", Department.POLICE, "民警", null));
        GovernanceMeeting meeting = meetings.save(null, -1, new GovernanceMeetingDetails(
                LocalDate.now(CountyTime.ZONE), "城关隔离测试", "城关隔离测试的决定"));
        logout();

        login("fujia.admin", HomeView.class);
        assertThat(members.list()).extracting(GovernanceMember::getName).doesNotContain("城关隔离测试");
        assertThat(meetings.list()).extracting(GovernanceMeeting::getId).doesNotContain(meeting.getId());
        assertThat(members.list()).extracting(GovernanceMember::getId).doesNotContain(member.getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"governance_member", "governance_plan", "governance_meeting"})
    void noOtherTenantsRoleReadsOrChangesTheTables(String table) {
        for (TenantCode other : new TenantCode[] {FUJIA, COUNTY}) {
            assertThatThrownBy(() -> sqlAsTenant(other, "select count(*) from t_" + CHENGGUAN.value() + "." + table))
                    .as(other + " reads " + table).hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> sqlAsTenant(other, "update t_" + CHENGGUAN.value() + "." + table
                    + " set version = version + 1 returning id"))
                    .as(other + " changes " + table).hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> sqlAsTenant(other, "delete from t_" + CHENGGUAN.value() + "." + table
                    + " returning id")).as(other + " deletes from " + table)
                    .hasStackTraceContaining("permission denied");
        }
        assertThat(sqlAsTenant(CHENGGUAN, "select count(*) from " + table)).as("its own role reads it").hasSize(1);
    }
}
