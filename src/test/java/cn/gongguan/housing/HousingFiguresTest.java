package cn.gongguan.housing;

import static cn.gongguan.housing.HousingFigures.PERSONS_UNREPORTED;
import static cn.gongguan.housing.HousingFigures.REPORTS_DUE;
import static cn.gongguan.housing.HousingFigures.REPORTS_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The housing figures per unit of the house and month: the same counts as the tenant's totals written with every
 * housing change, a late report counted in the month it is for, a closed month left alone by a later one.
 */
class HousingFiguresTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String XIANNONG = "621227100200";
    private static final String XIANNONG_GROUP = "621227100200001";
    private static final String FANLENG = "621227100201";
    private static final List<String> FIGURES = List.of(REPORTS_DUE, REPORTS_RECEIVED, PERSONS_UNREPORTED);

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    RentalHouses houses;
    @Autowired
    MonthlyReports reports;
    @Autowired
    Sweeps sweeps;
    @Autowired
    Today today;

    private FigureProbe figures;

    @BeforeEach
    void countEverythingDueAsStaff() {
        figures = new FigureProbe(recount, rollups, asOwner());
        figures.recount();
        login("chengguan.staff", HomeView.class);
    }

    @AfterEach
    void leave() {
        logout();
    }

    private RentalHouse house(String unit, String address, String landlordSequence) {
        String landlord = "62122719550505" + landlordSequence;
        return houses.register(new HouseDetails(unit, address, "统计房东", landlord + IdNumber.checkCharacter(landlord),
                null, 2));
    }

    private Map<String, Long> of(String unit, YearMonth month) {
        return figures.of(CHENGGUAN, unit, month, FIGURES);
    }

    private Map<String, Long> change(Map<String, Long> before, String unit, YearMonth month) {
        return figures.since(before, CHENGGUAN, unit, month, FIGURES);
    }

    @Test
    void reportsAndFindingsCountInTheUnitOfTheHouseAndAddUpToTheTotalWrittenWithTheChange() {
        YearMonth month = today.month();
        Map<String, Long> groupBefore = of(XIANNONG_GROUP, month);
        Map<String, Long> villageBefore = of(XIANNONG, month);
        Map<String, Long> fanlengBefore = of(FANLENG, month);
        Map<String, Long> totalBefore = of(UnitCounts.TOTAL, month);

        RentalHouse reported = house(XIANNONG_GROUP, "统计街 1 号", "231");
        RentalHouse swept = house(FANLENG, "统计街 2 号", "232");
        reports.record(reported.getId(), month, -1, List.of(), null);
        String hidden = PersonFixtures.newIdNumber(LocalDate.of(1979, 4, 4), Sex.MALE);
        sweeps.record(today.date(), "统计员", null, List.of(swept.getId()),
                List.of(new FoundPerson(swept.getId(), PersonFixtures.details("统计未报", hidden), false)),
                (key, args) -> key);
        Map<String, Long> writtenWithTheChange = of(UnitCounts.TOTAL, month);
        figures.recount();

        assertThat(of(UnitCounts.TOTAL, month)).isEqualTo(writtenWithTheChange);
        assertThat(change(groupBefore, XIANNONG_GROUP, month))
                .isEqualTo(Map.of(REPORTS_DUE, 1L, REPORTS_RECEIVED, 1L, PERSONS_UNREPORTED, 0L));
        assertThat(change(villageBefore, XIANNONG, month))
                .isEqualTo(Map.of(REPORTS_DUE, 1L, REPORTS_RECEIVED, 1L, PERSONS_UNREPORTED, 0L));
        assertThat(change(fanlengBefore, FANLENG, month))
                .isEqualTo(Map.of(REPORTS_DUE, 1L, REPORTS_RECEIVED, 0L, PERSONS_UNREPORTED, 1L));
        assertThat(change(totalBefore, UnitCounts.TOTAL, month))
                .isEqualTo(Map.of(REPORTS_DUE, 2L, REPORTS_RECEIVED, 1L, PERSONS_UNREPORTED, 1L));
    }

    @Test
    void aLateReportCountsInItsMonthAndALaterReportLeavesThatMonthAlone() {
        YearMonth late = today.month().minusMonths(2);
        Map<String, Long> lateBefore = of(FANLENG, late);
        Map<String, Long> nextBefore = of(FANLENG, late.plusMonths(1));
        Map<String, Long> nowBefore = of(FANLENG, today.month());
        RentalHouse house = house(FANLENG, "统计街 3 号", "233");
        figures.recount();

        reports.record(house.getId(), late, -1, List.of(), null);
        assertThat(figures.owed(CHENGGUAN)).containsExactly(late.toString(), late.plusMonths(1).toString(),
                today.month().toString());
        figures.recount();
        assertThat(change(lateBefore, FANLENG, late)).containsEntry(REPORTS_DUE, 1L).containsEntry(REPORTS_RECEIVED, 1L);
        assertThat(change(nextBefore, FANLENG, late.plusMonths(1)))
                .containsEntry(REPORTS_DUE, 1L).containsEntry(REPORTS_RECEIVED, 0L);

        Map<String, Long> lateClosed = of(FANLENG, late);
        reports.record(house.getId(), today.month(), -1, List.of(), null);
        assertThat(figures.owed(CHENGGUAN)).containsExactly(today.month().toString());
        figures.recount();
        assertThat(of(FANLENG, late)).isEqualTo(lateClosed);
        assertThat(change(nowBefore, FANLENG, today.month()))
                .containsEntry(REPORTS_DUE, 1L).containsEntry(REPORTS_RECEIVED, 1L);
    }
}
