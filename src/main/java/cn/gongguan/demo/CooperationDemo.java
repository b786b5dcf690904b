package cn.gongguan.demo;

import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.AgreementDetails;
import cn.gongguan.cooperation.AgreementFilter;
import cn.gongguan.cooperation.Agreements;
import cn.gongguan.cooperation.BulletinDetails;
import cn.gongguan.cooperation.Bulletins;
import cn.gongguan.cooperation.JointMeetingDetails;
import cn.gongguan.cooperation.JointMeetings;
import cn.gongguan.cooperation.SignedFile;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.security.AccountProvisioning;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Regional cooperation: 徽县 with 浙江省宁波市鄞州区, where many of the county's people work — an agreement in force
 * with its signed PDF, a bulletin sent (waiting in the county's national outbox, 鄞州区 not being in this system) and
 * one received, a joint meeting — and 城关镇's own agreement with 新疆乌鲁木齐市沙依巴克区. Once per unit: nothing
 * happens where the unit has an agreement.
 */
@Component
class CooperationDemo {

    /** 浙江省宁波市鄞州区. */
    static final String YINZHOU = "330212";
    /** 新疆维吾尔自治区乌鲁木齐市沙依巴克区. */
    static final String SAYBAGH = "650103";

    private final Agreements agreements;
    private final Bulletins bulletins;
    private final JointMeetings meetings;
    private final AccountProvisioning accounts;
    private final Today today;

    CooperationDemo(Agreements agreements, Bulletins bulletins, JointMeetings meetings, AccountProvisioning accounts,
                    Today today) {
        this.agreements = agreements;
        this.bulletins = bulletins;
        this.meetings = meetings;
        this.accounts = accounts;
        this.today = today;
    }

    void seed() {
        accounts.runAs("county.admin", this::county);
        accounts.runAs("chengguan.admin", this::chengguan);
    }

    private void county() {
        if (hasOwn()) {
            return;
        }
        LocalDate day = today.date();
        int year = day.getYear();
        Agreement agreement = agreements.save(null, -1, new AgreementDetails(List.of(YINZHOU),
                "徽县—鄞州区流动人口计划生育区域协作协议（演示）", LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year + 1, 12, 31), """
                        一、双方互通流动人口婚育、计划生育服务信息，每季度至少通报一次。
                        二、鄞州区为在当地务工的徽县育龄妇女提供免费孕检、避孕节育服务，结果按月反馈徽县。
                        三、徽县为赴鄞州区务工人员办理《流动人口婚育证明》，并协助核查婚育情况。
                        四、每年召开一次联席会议，总结协作情况，研究解决重点问题。"""),
                new SignedFile("huixian-yinzhou-agreement.pdf", DemoPdf.of(
                        "Regional cooperation agreement (demo)",
                        "Huixian County, Gansu  -  Yinzhou District, Ningbo, Zhejiang",
                        "Period: " + (year - 1) + "-01-01 to " + (year + 1) + "-12-31",
                        "Signed by both parties.")));
        bulletins.received(agreement.id(), new BulletinDetails(YINZHOU, day.minusDays(12),
                "鄞州区第三季度徽县籍流动人口服务情况", """
                        本季度在鄞州区登记的徽县籍流动人口 326 人，其中育龄妇女 118 人；
                        提供免费孕检 74 人次，落实避孕节育措施 61 人；发现未持婚育证明 9 人，名单已另行协查。"""),
                null);
        bulletins.send(agreement.id(), new BulletinDetails(YINZHOU, null, "徽县关于春节前后流动人口服务的通报", """
                春节前后徽县返乡、外出人员集中，县卫健局在各乡镇设立服务点集中办理婚育证明。
                请鄞州区协助提醒在当地务工的徽县籍人员节后返岗前办理或查验婚育证明。"""), null);
        meetings.save(agreement.id(), null, -1, new JointMeetingDetails(day.minusDays(40),
                "浙江省宁波市鄞州区卫生健康局会议室",
                List.of(YINZHOU), "徽县卫健局副局长、县计生协秘书长；鄞州区卫健局流动人口科科长、区计生协副会长",
                "一、双方按季度互通信息，次季度首月 10 日前完成；二、鄞州区在徽县籍人员集中的三个街道设立服务联络点；"
                        + "三、徽县在春节前集中办理婚育证明",
                "徽县卫健局 12 月底前提供徽县籍人员集中务工企业名单"));
    }

    private void chengguan() {
        if (hasOwn()) {
            return;
        }
        int year = today.date().getYear();
        agreements.save(null, -1, new AgreementDetails(List.of(SAYBAGH),
                "城关镇—沙依巴克区流动人口服务协作协议（演示）", LocalDate.of(year, 3, 1),
                LocalDate.of(year + 2, 2, 28), """
                        一、沙依巴克区为城关镇在当地务工、经商人员提供计划生育和生殖健康服务。
                        二、双方通过信息交换平台互通人员变动情况，每半年通报一次。"""), null);
    }

    private boolean hasOwn() {
        return agreements.list(new AgreementFilter(TenantContext.current(), null, null)).stream()
                .anyMatch(a -> a.owner().equals(TenantContext.current()));
    }
}
