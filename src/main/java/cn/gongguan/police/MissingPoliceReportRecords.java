package cn.gongguan.police;

import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.CountedMonths;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stations behind {@link PoliceFigures#REPORTS_MISSING}: owing the month's report and without one, by the same
 * condition ({@link PoliceStationRepository#MISSING}). The reference is the station's name and the month.
 */
@Component
class MissingPoliceReportRecords implements FigureRecords {

    private final PoliceStationRepository stations;
    private final Today today;

    MissingPoliceReportRecords(PoliceStationRepository stations, Today today) {
        this.stations = stations;
        this.today = today;
    }

    @Override
    public String indicator() {
        return PoliceFigures.REPORTS_MISSING;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountedItem> items(YearMonth from, YearMonth to) {
        return CountedMonths.items(from, to, today.date(), counted -> {
            YearMonth month = counted.month();
            return stations.findMissing(month.atDay(1), month.atEndOfMonth()).stream()
                    .map(station -> new CountedItem(month, UnitCounts.TOTAL, station.getName() + " " + month,
                            station.getName()))
                    .toList();
        });
    }
}
