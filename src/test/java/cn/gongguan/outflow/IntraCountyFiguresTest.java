package cn.gongguan.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveStepFigures;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two-way assessment of intra-county movers (县内流动 双向考核, issue 15): a person who left 城关镇 for 伏家镇 counts
 * in 城关镇's registration side (known, registered) and, recorded in 伏家镇 as an intra-county inflow, in 伏家镇's
 * residence side (due, visited); a trip out of the county counts in neither. The recount also writes the trips
 * declared and on time of every month.
 */
class IntraCountyFiguresTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of(OutflowFixtures.FUJIA);
    static final TenantCode BEIJIE = TenantCode.of("621227100001");
    static final List<String> REGISTRATION = List.of(OutflowFigures.KNOWN, OutflowFigures.REGISTERED,
            OutflowFigures.INTRA_COUNTY_KNOWN, OutflowFigures.INTRA_COUNTY_REGISTERED, OutflowFigures.DECLARED,
            OutflowFigures.ON_TIME);
    static final List<String> RESIDENCE = List.of(FiveStepFigures.DUE, FiveStepFigures.VISIT_DONE,
            FiveStepFigures.INTRA_COUNTY_DUE, FiveStepFigures.INTRA_COUNTY_VISITED);

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    OutflowTrips trips;
    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    Today today;

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void aMoverCountsOnBothSidesAndATripOutOfTheCountyOnNeither() {
        FigureProbe figures = new FigureProbe(recount, rollups, asOwner());
        figures.recount();
        YearMonth now = today.month();
        Random random = new Random();
        Map<String, Long> registrationBefore = figures.of(CHENGGUAN, UnitCounts.TOTAL, now, REGISTRATION);
        Map<String, Long> residenceBefore = figures.of(FUJIA, UnitCounts.TOTAL, now, RESIDENCE);
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12),
                1 + random.nextInt(28)), Sex.FEMALE);

        login("chengguan.staff", HomeView.class);
        PersonDetails leaving = OutflowFixtures.person("跨乡移居", null);
        leaving.setIdNumber(idNumber);
        trips.depart(leaving, OutflowFixtures.trip(today.date(), OutflowFixtures.FUJIA), TripSource.TOWNSHIP);
        trips.depart(OutflowFixtures.person("县外流动", null),
                OutflowFixtures.trip(today.date(), OutflowFixtures.CHUNXILU), TripSource.TOWNSHIP);

        login("fujia.staff", HomeView.class);
        PersonDetails arriving = PersonFixtures.details("跨乡移居", idNumber);
        arriving.setRegistrationPlace(CHENGGUAN.value());
        arriving.setArrivalDate(today.date());
        arriving.setFlowType(FlowType.INTRA_COUNTY);
        Person person = registry.register(arriving);
        figures.recount();

        assertThat(figures.since(registrationBefore, CHENGGUAN, UnitCounts.TOTAL, now, REGISTRATION)).isEqualTo(Map.of(
                OutflowFigures.KNOWN, 2L, OutflowFigures.REGISTERED, 2L, OutflowFigures.INTRA_COUNTY_KNOWN, 1L,
                OutflowFigures.INTRA_COUNTY_REGISTERED, 1L, OutflowFigures.DECLARED, 2L, OutflowFigures.ON_TIME, 2L));
        assertThat(figures.since(residenceBefore, FUJIA, UnitCounts.TOTAL, now, RESIDENCE)).isEqualTo(Map.of(
                FiveStepFigures.DUE, 1L, FiveStepFigures.VISIT_DONE, 0L, FiveStepFigures.INTRA_COUNTY_DUE, 1L,
                FiveStepFigures.INTRA_COUNTY_VISITED, 0L));

        fiveSteps.recordVisit(person.getId(), today.date(), "县内流动人员走访");
        figures.recount();
        assertThat(figures.since(residenceBefore, FUJIA, UnitCounts.TOTAL, now, RESIDENCE))
                .containsEntry(FiveStepFigures.VISIT_DONE, 1L).containsEntry(FiveStepFigures.INTRA_COUNTY_VISITED, 1L);
    }

    @Test
    void aCommitteesMoverToAnotherTownshipOfTheCountyIsIntraCounty() {
        FigureProbe figures = new FigureProbe(recount, rollups, asOwner());
        figures.recount();
        YearMonth now = today.month();
        Map<String, Long> before = figures.of(BEIJIE, UnitCounts.TOTAL, now, REGISTRATION);

        login("beijie.clerk", HomeView.class);
        Person person = registry.register(PersonFixtures.details("北街县内流动", PersonFixtures.newIdNumber(
                LocalDate.of(1985, 1 + new Random().nextInt(12), 1 + new Random().nextInt(28)), Sex.MALE)));
        // a committee's clerk does not declare trips (the township does): the trip is written as it would be stored
        asOwner().sql("""
                insert into t_621227100001.outflow_trip (person_id, departure_day, destination_code, certificate_held,
                  declared_by, declared_on, on_time, repeated, source, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, false, 'test', ?, true, false, 'TOWNSHIP', now(), 'test', now(), 'test')""")
                .params(person.getId(), today.date(), OutflowFixtures.FUJIA, today.date()).update();
        figures.recount();

        assertThat(figures.since(before, BEIJIE, UnitCounts.TOTAL, now, REGISTRATION))
                .containsEntry(OutflowFigures.KNOWN, 1L).containsEntry(OutflowFigures.INTRA_COUNTY_KNOWN, 1L)
                .containsEntry(OutflowFigures.INTRA_COUNTY_REGISTERED, 1L);
    }

    @Test
    void everyMonthCountedHasTheDeclarationAndIntraCountyFigures() {
        recount.recountDue();
        YearMonth longAgo = today.month().minusMonths(FigureRecount.MONTHS_KEPT);
        assertThat(rollups.unitsOf(FUJIA, List.of(longAgo.toString()), REGISTRATION).stream()
                .filter(row -> row.unit().isEmpty()).map(Rollups.Row::indicator).toList())
                .containsExactlyInAnyOrderElementsOf(REGISTRATION);
    }
}
