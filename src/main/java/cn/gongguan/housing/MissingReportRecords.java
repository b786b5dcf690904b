package cn.gongguan.housing;

import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.YearMonth;
import java.util.ArrayList;
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
        List<CountedItem> items = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to) && !month.isAfter(today.month()); month = month.plusMonths(1)) {
            for (RentalHouse house : houses.findMissingReports(month.atDay(1), month.atEndOfMonth())) {
                String unit = house.getOrgUnit() == null ? UnitCounts.TOTAL : house.getOrgUnit();
                items.add(new CountedItem(month, unit, house.getAddress() + " " + month,
                        house.getAddress()));
            }
        }
        return items;
    }
}
