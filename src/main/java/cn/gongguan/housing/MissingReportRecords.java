package cn.gongguan.housing;

import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.CountedMonths;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The houses behind {@link HousingFigures#REPORTS_MISSING}: owing the month's landlord report and without one, by the
 * same condition ({@link RentalHouseRepository#MISSING}). A month's figure depends on the month alone, so it is listed
 * as it stands. The reference is the house's address and the month — no landlord, no resident.
 */
@Component
class MissingReportRecords implements FigureRecords {

    private final RentalHouseRepository houses;
    private final Today today;

    MissingReportRecords(RentalHouseRepository houses, Today today) {
        this.houses = houses;
        this.today = today;
    }

    @Override
    public String indicator() {
        return HousingFigures.REPORTS_MISSING;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountedItem> items(YearMonth from, YearMonth to) {
        return CountedMonths.items(from, to, today.date(), counted -> {
            YearMonth month = counted.month();
            return houses.findMissingReports(month.atDay(1), month.atEndOfMonth()).stream()
                    .map(house -> new CountedItem(month, house.getOrgUnit() == null ? UnitCounts.TOTAL
                            : house.getOrgUnit(), house.getAddress() + " " + month, house.getAddress()))
                    .toList();
        });
    }
}
