package cn.gongguan.demo;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Plan;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Department;
import cn.gongguan.security.AccountProvisioning;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The county's joint clean-up operations (联合清理): one closed earlier in the year with its summary, one published to
 * 城关镇 and 伏家镇 naming the police and market-regulation liaisons (the township side records findings under it),
 * and a draft to every township. Planned, published and closed through the service as the governance group.
 */
@Component
class OperationDemo {

    /** The running operation, by which other demo content finds it. */
    static final String WINTER = "2026年冬季流动人口联合清理";
    private static final String CHENGGUAN = "621227100";
    private static final String FUJIA = "621227101";

    private final JointOperations operations;
    private final AccountProvisioning accounts;
    private final Today today;

    OperationDemo(JointOperations operations, AccountProvisioning accounts, Today today) {
        this.operations = operations;
        this.accounts = accounts;
        this.today = today;
    }

    /** Once: nothing happens when the county has any operation. */
    void seed() {
        accounts.runAs("county.governance", () -> {
            if (!operations.list().isEmpty()) {
                return;
            }
            LocalDate now = today.date();
            Set<Long> liaisons = operations.liaisons().stream().map(JointOperations.Liaison::id)
                    .collect(Collectors.toSet());
            long spring = operations.plan(new Plan("春季城中村和建筑工地联合清理", now.minusMonths(8),
                    now.minusMonths(7), Set.of(CHENGGUAN, FUJIA),
                    EnumSet.of(LocationKind.URBAN_VILLAGE, LocationKind.CONSTRUCTION_SITE),
                    EnumSet.of(Department.FAMILY_PLANNING, Department.POLICE, Department.CONSTRUCTION), "县综治办",
                    "对城中村出租屋和建筑工地工棚逐户清查，未登记的流入人员当场登记。", Set.of()));
            operations.publish(spring, 0);
            operations.close(spring, 1, "两镇共清查城中村和建筑工地12处，新登记流入人员一批，"
                    + "发现未登记出租房屋若干，已移交住建部门。（演示）");
            long winter = operations.plan(new Plan(WINTER, now.minusDays(7), now.plusDays(30),
                    Set.of(CHENGGUAN, FUJIA),
                    EnumSet.of(LocationKind.URBAN_FRINGE, LocationKind.URBAN_VILLAGE, LocationKind.FARMERS_MARKET),
                    EnumSet.of(Department.FAMILY_PLANNING, Department.POLICE, Department.MARKET, Department.LABOUR),
                    "县综治办 王主任", "入冬前对城乡结合部、城中村和农贸市场集中清查，"
                    + "派出所核对暂住登记，市场监管所核对摊位经营者，查验已婚育龄妇女婚育证明。", liaisons));
            operations.publish(winter, 0);
            operations.plan(new Plan("春节前出租房屋专项清理", now.plusMonths(1), now.plusMonths(1).plusDays(20),
                    operations.townships().stream().map(JointOperations.Township::code).collect(Collectors.toSet()),
                    EnumSet.of(LocationKind.URBAN_VILLAGE, LocationKind.OTHER),
                    EnumSet.of(Department.FAMILY_PLANNING, Department.POLICE, Department.CONSTRUCTION), "县综治办",
                    "春节前返乡人员集中，对出租房屋和集体宿舍逐户清查。（草稿）", Set.of()));
        });
    }
}
