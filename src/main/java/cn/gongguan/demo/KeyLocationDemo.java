package cn.gongguan.demo;

import cn.gongguan.governance.KeyLocationDetails;
import cn.gongguan.governance.KeyLocations;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Department;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The key locations (重点场所) of 城关镇 and 伏家镇, of every kind, in their villages, for the joint operations to
 * sweep; and 北街居委会's sweep plan — quarterly from three months ago with no sweep recorded since, so the last
 * quarter's sweep is overdue and this quarter's is due.
 */
@Component
class KeyLocationDemo {

    private final KeyLocations locations;
    private final SweepPlans sweepPlans;
    private final Today today;

    KeyLocationDemo(KeyLocations locations, SweepPlans sweepPlans, Today today) {
        this.locations = locations;
        this.sweepPlans = sweepPlans;
        this.today = today;
    }

    /** 城关镇's locations; run as one of its staff, once. */
    void chengguan() {
        add(List.of(
                location(LocationKind.URBAN_FRINGE, "城关镇东郊城乡结合部", "徽县城关镇东关村以东", "621227100205",
                        Department.POLICE, "刘所长", "0939-7521110"),
                location(LocationKind.URBAN_VILLAGE, "先农城中村", "城关镇先农村一组至三组", "621227100200",
                        Department.POLICE, "先农村委会马主任", "13909390201"),
                location(LocationKind.URBAN_VILLAGE, "西寺城中村", "城关镇西寺村", "621227100202",
                        Department.FAMILY_PLANNING, "计生专干李某", "13909390202"),
                location(LocationKind.CONSTRUCTION_SITE, "滨河花园三期建筑工地", "城关镇和平村滨河路北侧", "621227100204",
                        Department.CONSTRUCTION, "项目部王经理", "13909390203"),
                location(LocationKind.CONSTRUCTION_SITE, "县医院住院楼建筑工地", "城关镇樊塄村", "621227100201",
                        Department.CONSTRUCTION, "项目部赵工", "13909390204"),
                location(LocationKind.FARMERS_MARKET, "城关农贸市场", "城关镇唐庄村市场路 1 号", "621227100203",
                        Department.MARKET, "市场管理处张主任", "0939-7525678"),
                location(LocationKind.OTHER, "城关劳务市场", "城关镇东河村汽车站旁", "621227100206",
                        Department.LABOUR, "劳务站孙站长", "13909390205")));
    }

    /** 伏家镇's locations; run as one of its staff, once. */
    void fujia() {
        add(List.of(
                location(LocationKind.URBAN_FRINGE, "伏家镇集镇城乡结合部", "伏家镇伏镇村至河湾村", "621227101209",
                        Department.POLICE, "伏家派出所周警官", "0939-7621110"),
                location(LocationKind.URBAN_VILLAGE, "伏镇村老街", "伏家镇伏镇村老街", "621227101209",
                        Department.FAMILY_PLANNING, "计生专干吴某", "13909391201"),
                location(LocationKind.CONSTRUCTION_SITE, "十天高速伏家段施工营地", "伏家镇李尧村", "621227101200",
                        Department.CONSTRUCTION, "项目部郑经理", "13909391202"),
                location(LocationKind.CONSTRUCTION_SITE, "河湾村安置房建筑工地", "伏家镇河湾村", "621227101204",
                        Department.CONSTRUCTION, "施工队陈队长", "13909391203"),
                location(LocationKind.FARMERS_MARKET, "伏家镇农贸市场", "伏家镇贺店村集市", "621227101202",
                        Department.MARKET, "市场管理员杨某", "13909391204"),
                location(LocationKind.OTHER, "架山村砖厂", "伏家镇架山村", "621227101203",
                        Department.LABOUR, "厂长黄某", "13909391205")));
    }

    /** 北街居委会's plan; run as its clerk, once. */
    void beijieSweepPlan() {
        if (sweepPlans.plan().isEmpty()) {
            sweepPlans.save(-1, 3, today.month().minusMonths(3).atDay(1),
                    "社区干部和计生专干每季度对辖区出租房屋拉网式清查一次");
        }
    }

    private void add(List<KeyLocationDetails> demo) {
        if (locations.active().isEmpty()) {
            demo.forEach(locations::add);
        }
    }

    private static KeyLocationDetails location(LocationKind kind, String name, String address, String village,
                                               Department department, String contact, String phone) {
        return new KeyLocationDetails(kind, name, address, village, department, contact, phone, null);
    }
}
