package cn.gongguan.outflow;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.outflow.sixones.CertificateDetails;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.outflow.sixones.ContraceptiveMethod;
import cn.gongguan.outflow.sixones.ContraceptiveMeasures;
import cn.gongguan.outflow.sixones.ContractDetails;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.outflow.sixones.HealthServiceKind;
import cn.gongguan.outflow.sixones.HealthServices;
import cn.gongguan.outflow.sixones.ManagementContracts;
import cn.gongguan.outflow.sixones.MeasureDetails;
import cn.gongguan.outflow.sixones.ServiceDetails;
import cn.gongguan.outflow.sixones.ServicePlace;
import cn.gongguan.outflow.sixones.SixOnesFigures;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outflow figures per unit and month (issue 13): trips, re-check and six ones counted by the unit of the person
 * (or of the list), marked as owed by their tables, a back-dated record changing the month it belongs to and a closed
 * month keeping what it closed with. Each test counts in a village group of its own, so the group's rows hold
 * exactly what the test recorded.
 */
class OutflowFigureSourcesTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final String XIANNONG = "621227100200";

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    OutflowTrips trips;
    @Autowired
    OutflowFigures outflowFigures;
    @Autowired
    Rechecks rechecks;
    @Autowired
    Today today;

    YearMonth now;
    YearMonth twoAgo;
    /** A group of 先农村 made for the test: nobody else records anything in it. */
    String group;

    @BeforeEach
    void aGroupOfItsOwnAndNothingOwed() {
        now = today.month();
        twoAgo = now.minusMonths(2);
        login("chengguan.admin", HomeView.class);
        int number = orgUnits.nextGroupNumber(XIANNONG);
        group = orgUnits.addGroup(XIANNONG, number, "统计" + number + "组").getCode();
        recount.recountDue();
        assertThat(owed()).isEmpty();
        login("chengguan.staff", HomeView.class);
    }

    List<String> owed() {
        return asOwner().sql("select distinct period from platform.figure_owed where tenant_code = ? order by period")
                .param(CHENGGUAN.value()).query(String.class).list();
    }

    /** The figure of the unit for the month, counted (a unit with nothing to count has no row: 0). */
    long figure(String unit, String indicator, YearMonth month) {
        List<Rollups.Row> rows = rollups.unitsOf(CHENGGUAN, List.of(month.toString()),
                List.of(indicator, FigureRecount.COUNTED));
        assertThat(rows).as("counted").anyMatch(row -> row.indicator().equals(FigureRecount.COUNTED));
        return rows.stream().filter(row -> row.indicator().equals(indicator) && row.unit().equals(unit))
                .mapToLong(Rollups.Row::value).findFirst().orElse(0);
    }

    /** A trip that left on the day given, declared today with an address and a phone. */
    TripDetails declaredToday(LocalDate left) {
        return new TripDetails(left, CHUNXILU, "春熙路 8 号", "某电子厂", "13800001234", true, "本人", today.date());
    }

    List<String> months(YearMonth from) {
        return Stream.iterate(from, m -> !m.isAfter(now), m -> m.plusMonths(1)).map(YearMonth::toString).toList();
    }

    @Nested
    class Trips {

        @Test
        void aBackDatedDepartureCountsInItsMonthAndEveryMonthSinceByTheGroupOfThePerson() {
            long before = figure(UnitCounts.TOTAL, OutflowFigures.AWAY, twoAgo);
            OutflowTrip trip = trips.depart(person("统计甲", group), declaredToday(twoAgo.atDay(10)),
                    TripSource.TOWNSHIP);
            assertThat(owed()).containsExactlyElementsOf(months(twoAgo));

            recount.recountDue();

            assertThat(owed()).isEmpty();
            for (YearMonth month : List.of(twoAgo, now.minusMonths(1), now)) {
                assertThat(figure(group, OutflowFigures.AWAY, month)).as("away " + month).isEqualTo(1);
                assertThat(figure(group, OutflowFigures.KNOWN, month)).isEqualTo(1);
                assertThat(figure(group, OutflowFigures.REGISTERED, month)).isEqualTo(1);
            }
            assertThat(figure(XIANNONG, OutflowFigures.AWAY, twoAgo)).as("the village includes its group")
                    .isGreaterThanOrEqualTo(1);
            assertThat(figure(UnitCounts.TOTAL, OutflowFigures.AWAY, twoAgo)).isEqualTo(before + 1);

            trips.returned(trip.getId(), trip.getVersion(), now.minusMonths(1).atDay(5));
            recount.recountDue();
            assertThat(figure(group, OutflowFigures.AWAY, twoAgo)).as("away at that month's end").isEqualTo(1);
            assertThat(figure(group, OutflowFigures.AWAY, now.minusMonths(1))).isZero();
            assertThat(figure(group, OutflowFigures.KNOWN, now.minusMonths(1))).as("away in it for a while")
                    .isEqualTo(1);
            assertThat(figure(group, OutflowFigures.KNOWN, now)).isZero();
        }

        @Test
        void aDepartureThisMonthLeavesAClosedMonthAsItClosedAndOneFoundByTheReCheckIsNotRegistered() {
            trips.depart(person("统计乙", group), declaredToday(twoAgo.atDay(3)),
                    TripSource.TOWNSHIP);
            recount.recountDue();

            trips.depart(person("统计丙", group), trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);
            trips.depart(person("统计丁", group), trip(today.date(), CHUNXILU), TripSource.RECHECK);
            assertThat(owed()).containsExactly(now.toString());
            recount.recountDue();

            assertThat(figure(group, OutflowFigures.AWAY, twoAgo)).isEqualTo(1);
            assertThat(figure(group, OutflowFigures.KNOWN, twoAgo)).isEqualTo(1);
            assertThat(figure(group, OutflowFigures.AWAY, now)).isEqualTo(3);
            assertThat(figure(group, OutflowFigures.KNOWN, now)).isEqualTo(3);
            assertThat(figure(group, OutflowFigures.REGISTERED, now)).as("not the one found by the re-check")
                    .isEqualTo(2);
        }

        @Test
        void theTownshipsTotalWrittenWithTheChangeIsTheRecountsTotal() {
            trips.depart(person("统计戊", group), trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);
            long written = rollups.valuesIn(CHENGGUAN, OutflowFigures.KNOWN, now.toString()).get(CHENGGUAN);
            recount.recountDue();
            assertThat(figure(UnitCounts.TOTAL, OutflowFigures.KNOWN, now)).isEqualTo(written);
            Map<String, OutflowFigures.Counts> villages = outflowFigures.ofVillages(now);
            assertThat(villages.get(XIANNONG).known()).isEqualTo(figure(XIANNONG, OutflowFigures.KNOWN, now));
        }
    }

    @Nested
    class Recheck {

        @Test
        void aPersonFoundAndMarkedCountsForTheUnitOfTheListAndMarksTheMonth() {
            login("chengguan.group", HomeView.class);
            RecheckList list = rechecks.ownList().orElseThrow();
            String unit = list.getOrgUnitCode();
            long due = figure(unit, Rechecks.DUE, now);
            long done = figure(unit, Rechecks.DONE, now);

            rechecks.addDiscovered(list.getId(), person("统计排查", null), trip(today.date(), CHUNXILU));
            assertThat(owed()).as("a new trip of today and an entry").containsExactly(now.toString());
            recount.recountDue();

            assertThat(figure(unit, Rechecks.DUE, now)).isEqualTo(due + 1);
            assertThat(figure(unit, Rechecks.DONE, now)).as("marked still away at once").isEqualTo(done + 1);
            assertThat(figure(unit.substring(0, 12), Rechecks.DUE, now)).isGreaterThanOrEqualTo(due + 1);
            assertThat(rollups.valuesIn(CHENGGUAN, Rechecks.DUE, now.toString()).get(CHENGGUAN))
                    .as("the total written with the change").isEqualTo(figure(UnitCounts.TOTAL, Rechecks.DUE, now));
            assertThat(rollups.unitsOf(CHENGGUAN, List.of(now.toString()), List.of(Rechecks.DUE)))
                    .as("the township's own list counts in its total only")
                    .noneMatch(row -> row.unit().equals(CHENGGUAN.value()));
        }
    }

    @Nested
    class SixOnes {

        @Autowired
        Archives archives;
        @Autowired
        FpAssociations associations;
        @Autowired
        ManagementContracts contracts;
        @Autowired
        Certificates certificates;
        @Autowired
        HealthServices services;
        @Autowired
        ContraceptiveMeasures measures;

        @Test
        void aPersonAwaySinceAnEarlierMonthIsDueThenAndCompleteOnlyFromTheMonthAllSixWereDone() {
            long id = trips.depart(person("统计六一", group), declaredToday(twoAgo.atDay(10)), TripSource.TOWNSHIP)
                    .getPerson().getId();
            recount.recountDue();
            assertThat(figure(group, SixOnesFigures.DUE, twoAgo)).isEqualTo(1);
            assertThat(figure(group, SixOnesFigures.COMPLETE, twoAgo)).isZero();

            archives.save(id, Archive.HOUSEHOLD, -1, Map.of("householdSize", "3", "housing", "OWN"));
            contracts.save(id, null, -1, new ContractDetails(associations.ofUnit(XIANNONG).orElseThrow().getId(),
                    today.date(), today.date().plusYears(2), "按时报告"));
            certificates.save(id, null, -1, new CertificateDetails("TJ-" + id, today.date(),
                    today.date().plusYears(3)));
            services.save(id, null, -1, new ServiceDetails(today.date(), Set.of(HealthServiceKind.HEALTH_CHECK),
                    ServicePlace.DESTINATION, "成都某医院"));
            measures.save(id, -1, new MeasureDetails(ContraceptiveMethod.IMPLANT, null, ""));
            assertThat(owed()).as("each dated today").containsExactly(now.toString());
            recount.recountDue();

            assertThat(figure(group, SixOnesFigures.COMPLETE, now)).isEqualTo(1);
            assertThat(figure(group, SixOnesFigures.DUE, now)).isEqualTo(1);
            assertThat(rollups.valuesIn(CHENGGUAN, SixOnesFigures.COMPLETE, now.toString()).get(CHENGGUAN))
                    .as("the total written with the change")
                    .isEqualTo(figure(UnitCounts.TOTAL, SixOnesFigures.COMPLETE, now));

            recount.recount(CHENGGUAN, twoAgo);
            assertThat(figure(group, SixOnesFigures.COMPLETE, twoAgo)).as("recounted, that month closed without")
                    .isZero();
            assertThat(figure(group, SixOnesFigures.DUE, twoAgo)).isEqualTo(1);
        }

        @Test
        void aContractSignedInAnEarlierMonthMarksItAndAPersonBackIsNoLongerDue() {
            OutflowTrip trip = trips.depart(person("统计合同", group), declaredToday(twoAgo.atDay(1)),
                    TripSource.TOWNSHIP);
            recount.recountDue();
            LocalDate signed = now.minusMonths(1).atDay(1);
            contracts.save(trip.getPerson().getId(), null, -1, new ContractDetails(
                    associations.ofUnit(XIANNONG).orElseThrow().getId(), signed, signed.plusYears(1), "按时报告"));
            assertThat(owed()).containsExactlyElementsOf(months(now.minusMonths(1)));

            trips.returned(trip.getId(), trip.getVersion(), today.date());
            recount.recountDue();
            assertThat(figure(group, SixOnesFigures.DUE, now.minusMonths(1))).isEqualTo(1);
            assertThat(figure(group, SixOnesFigures.DUE, now)).as("back today").isZero();
        }
    }
}
