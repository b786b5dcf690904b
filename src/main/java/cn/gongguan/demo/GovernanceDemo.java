package cn.gongguan.demo;

import cn.gongguan.governance.GovernanceMeetingDetails;
import cn.gongguan.governance.GovernanceMeetings;
import cn.gongguan.governance.GovernanceMemberDetails;
import cn.gongguan.governance.GovernanceMembers;
import cn.gongguan.governance.GovernancePlan;
import cn.gongguan.governance.GovernancePlans;
import cn.gongguan.governance.SupervisionDetails;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Department;
import cn.gongguan.security.AccountProvisioning;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The governance groups of 城关镇 and 伏家镇: six and five members from the departments, this year's implementation
 * plan in two versions, two meetings each; and a supervision visit of the county to 城关镇 whose rectification is
 * still open. So the township page and the county's overview show every state.
 */
@Component
class GovernanceDemo {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");

    private final GovernanceMembers members;
    private final GovernancePlans plans;
    private final GovernanceMeetings meetings;
    private final SupervisionVisits visits;
    private final AccountProvisioning accounts;
    private final Today today;

    GovernanceDemo(GovernanceMembers members, GovernancePlans plans, GovernanceMeetings meetings,
                   SupervisionVisits visits, AccountProvisioning accounts, Today today) {
        this.members = members;
        this.plans = plans;
        this.meetings = meetings;
        this.visits = visits;
        this.accounts = accounts;
        this.today = today;
    }

    /** Once per township: nothing happens where the group has members. */
    void seed() {
        accounts.runAs("chengguan.admin", () -> group("城关镇", new String[][] {
                {"赵志刚", "FAMILY_PLANNING", "组长、镇计生办主任", "0939-7512345"},
                {"钱海涛", "POLICE", "城关派出所副所长", "0939-7512110"},
                {"孙丽华", "CONSTRUCTION", "镇村建站站长", "13909390101"},
                {"李明", "MARKET", "市场监管所所长", "13909390102"},
                {"周晓燕", "LABOUR", "劳动保障所干事", "13909390103"},
                {"吴春梅", "HEALTH", "镇卫生院副院长", "13909390104"}}));
        accounts.runAs("fujia.admin", () -> group("伏家镇", new String[][] {
                {"郑国强", "FAMILY_PLANNING", "组长、镇计生办主任", "0939-7620001"},
                {"王建军", "POLICE", "伏家派出所民警", "13909390201"},
                {"冯秀英", "CONSTRUCTION", "镇村建站干事", "13909390202"},
                {"陈立新", "MARKET", "市场监管所干事", "13909390203"},
                {"褚玉兰", "LABOUR", "劳动保障所所长", "13909390204"}}));
        accounts.runAs("county.admin", () -> {
            if (visits.of(CHENGGUAN).isEmpty()) {
                LocalDate visited = today.date().minusDays(20);
                visits.record(CHENGGUAN, new SupervisionDetails(visited,
                        "城乡结合部出租屋登记不全，北街片区 3 户出租屋未纳入台账；小组会议记录未写明议定事项的责任部门（演示）",
                        "补登北街片区出租屋，完善会议记录，明确各部门责任人", visited.plusDays(30)));
            }
        });
    }

    private void group(String township, String[][] people) {
        if (!members.list().isEmpty()) {
            return;
        }
        for (String[] person : people) {
            members.save(null, -1, new GovernanceMemberDetails(person[0], Department.valueOf(person[1]), person[2],
                    person[3]));
        }
        int year = today.date().getYear();
        GovernancePlan first = plans.save(year, -1, """
                %s %d 年流动人口计划生育综合治理实施方案（初稿）
                一、成立综合治理小组，计生办牵头，公安、住建、市场监管、人社、卫健参加。
                二、每季度对城乡结合部、城中村、建筑工地、农贸市场开展一次联合清理。
                三、小组每季度召开一次会议，通报情况，研究问题。""".formatted(township, year));
        plans.save(year, first.getVersion(), first.getText().replace("（初稿）", "（修订稿）") + """

                四、新增：对清理中发现的未登记出租屋，一周内纳入出租屋台账。
                五、新增：每月 25 日前各部门向计生办报送本月工作情况。""");
        meetings.save(null, -1, new GovernanceMeetingDetails(today.date().minusDays(60),
                "小组全体成员", "审议实施方案初稿；确定各部门联络人和季度联合清理安排"));
        meetings.save(null, -1, new GovernanceMeetingDetails(today.date().minusDays(7),
                "组长，公安、住建、市场监管成员",
                "通报第三季度联合清理情况；布置督导检查问题整改，下周完成出租屋补登"));
    }
}
