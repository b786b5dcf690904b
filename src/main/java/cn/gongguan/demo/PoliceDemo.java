package cn.gongguan.demo;

import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.police.PoliceImports;
import cn.gongguan.police.PoliceReports;
import cn.gongguan.police.PoliceStation;
import cn.gongguan.police.PoliceStations;
import cn.gongguan.police.RowInput;
import cn.gongguan.police.RowKind;
import cn.gongguan.police.StationDetails;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.uikit.Translations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * The police stations covering 城关镇 and their reports: 城关派出所 sent last month's file — a newcomer with a
 * residence permit, registered from it and waiting for the visit, and a move out of someone nobody registered — and
 * this month's, typed in; 北关派出所 reported nothing new this month; 火车站派出所's report for this month is missing.
 */
@Component
class PoliceDemo {

    static final String CHENGGUAN_STATION = "城关派出所";
    static final String MISSING_STATION = "火车站派出所";
    /** The newcomer of last month's file, who lands on the visit worklist. */
    static final String NEWCOMER = "冯晓雯";

    private final PoliceStations stations;
    private final PoliceReports reports;
    private final PoliceImports imports;
    private final Translations translations;
    private final Today today;

    PoliceDemo(PoliceStations stations, PoliceReports reports, PoliceImports imports, Translations translations,
               Today today) {
        this.stations = stations;
        this.reports = reports;
        this.imports = imports;
        this.translations = translations;
        this.today = today;
    }

    /** Once, as 城关镇's administrator: nothing happens when the township has any station. */
    void chengguan() {
        if (!stations.all().isEmpty()) {
            return;
        }
        PoliceStation chengguan = stations.register(new StationDetails(CHENGGUAN_STATION, "621227510",
                "0939-7512110", "钱海涛", true));
        PoliceStation beiguan = stations.register(new StationDetails("北关派出所", null, "0939-7513110", "周伟", true));
        stations.register(new StationDetails(MISSING_STATION, null, "0939-7514110", null, true));
        YearMonth month = today.month();
        YearMonth last = month.minusMonths(1);
        String newcomer = DemoContent.idNumber("19940617", 51, 2);
        String leaver = DemoContent.idNumber("19870203", 52, 1);
        String file = """
                类别,公民身份号码,姓名,日期,地址或迁往（迁自）地,户籍地,婚姻状况,备注
                办理居住证,%s,%s,%s,城关镇建设路 18 号,621226101,已婚,在县医院务工
                迁出,%s,马振东,%s,兰州市城关区,,,本县户籍人员迁出（演示）
                """.formatted(newcomer, NEWCOMER, last.atDay(12), leaver, last.atDay(20));
        Texts chinese = (key, arguments) -> translations.getTranslation(key, Translations.CHINESE, arguments);
        try {
            imports.of(chengguan.getId(), last)
                    .importFrom(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), chinese);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reports.record(chengguan.getId(), month, new RowInput(RowKind.MOVED_IN, newcomer, NEWCOMER,
                month.atDay(1), "城关镇建设路 18 号", null, MaritalStatus.MARRIED, "月初复核（演示）"));
        reports.receivedEmpty(beiguan.getId(), month);
    }
}
