package cn.gongguan.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveStepFigures;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.governance.OperationFigures;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.HousingFigures;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.SweepFigures;
import cn.gongguan.housing.SweepPlan;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The records behind the figures of items other than the exchange's (issue 15): with random persons waiting for their
 * visit and random houses owing their reports over several months, each records bean lists per month and unit exactly
 * as many items as its figure, and no tenant's items appear in another's list.
 */
class FigureRecordsTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of("621227101");
    static final TenantCode BEIJIE = TenantCode.of("621227100001");
    static final String FANLENG = "621227100201";
    static final List<String> INDICATORS = List.of(FiveStepFigures.VISITS_OVERDUE, HousingFigures.REPORTS_MISSING,
            SweepFigures.OVERDUE, OperationFigures.TASKS_OPEN, Rechecks.UNITS_LATE);

    @Autowired
    List<FigureRecords> allRecords;
    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    RentalHouses houses;
    @Autowired
    SweepPlans plans;
    @Autowired
    Today today;

    final Random random = new Random();
    YearMonth now;
    YearMonth from;
    final List<String> names = new ArrayList<>();
    final List<String> addresses = new ArrayList<>();

    @BeforeEach
    void randomPersonsAndHouses() {
        long seed = random.nextLong();
        random.setSeed(seed);
        System.out.println("FigureRecordsTest seed " + seed);
        now = today.month();
        from = now.minusMonths(3);
        login("chengguan.staff", HomeView.class);
        for (int i = 0; i < 8; i++) {
            // the first waits since the first month, so that some visit is overdue whatever the draw
            LocalDate arrived = i == 0 ? from.atDay(1) : randomDaySince(from.atDay(1));
            PersonDetails details = PersonFixtures.details("考核待访" + i + random.nextInt(1000),
                    PersonFixtures.newIdNumber(LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12),
                            1 + random.nextInt(28)), random.nextBoolean() ? Sex.MALE : Sex.FEMALE));
            details.setOrgUnit(FANLENG);
            details.setArrivalDate(arrived);
            details.setFlowType(random.nextBoolean() ? FlowType.INFLOW : FlowType.INTRA_COUNTY);
            Person person = registry.register(details);
            names.add(details.getName());
            asOwner().sql("update t_621227100.person set created_at = ?::date where id = ?")
                    .params(Date.valueOf(arrived), person.getId()).update();
            if (i > 0 && random.nextBoolean()) {
                fiveSteps.recordVisit(person.getId(), randomDaySince(arrived), "考核走访");
            }
        }
        login("beijie.clerk", HomeView.class);
        for (int i = 0; i < 5; i++) {
            String first17 = "621227" + (1960 + random.nextInt(40)) + "0101" + "%03d".formatted(random.nextInt(1000));
            RentalHouse house = houses.register(new HouseDetails(null, "考核街 " + random.nextInt(100000) + " 号",
                    "考核房东", first17 + cn.gongguan.reference.IdNumber.checkCharacter(first17), "13900000000", 2));
            addresses.add(house.getAddress());
            asOwner().sql("update t_621227100001.rental_house set registered_on = ? where id = ?")
                    .params(Date.valueOf(randomDaySince(from.atDay(1))), house.getId()).update();
        }
        // a sweep every month since the first month and none made: each month's periods overdue. A plan changed marks
        // the current month only (a closed month keeps its count), so the months before are marked as if it had
        // been there when they closed.
        demoPlan = plans.plan().orElse(null);
        plans.save(plans.plan().map(SweepPlan::getVersion).orElse(-1L), 1, from.atDay(1), null);
        for (YearMonth month = from; month.isBefore(now); month = month.plusMonths(1)) {
            asOwner().sql("insert into platform.figure_owed (tenant_code, period) values (?, ?)")
                    .params(BEIJIE.value(), month.toString()).update();
        }
        logout();
        recount.recountDue();
    }

    /** 北街's plan as the demo left it (other tests read it), put back after each test. */
    private SweepPlan demoPlan;

    @AfterEach
    void theDemoPlanAsItWas() {
        logout();
        login("beijie.clerk", HomeView.class);
        plans.plan().ifPresent(plan -> {
            if (demoPlan == null) {
                plans.remove(plan.getVersion());
            } else {
                plans.save(plan.getVersion(), demoPlan.getEveryMonths(), demoPlan.getStartMonth().atDay(1),
                        demoPlan.getNote());
            }
        });
        logout();
    }

    private LocalDate randomDaySince(LocalDate first) {
        return first.plusDays(random.nextInt((int) (today.date().toEpochDay() - first.toEpochDay()) + 1));
    }

    FigureRecords records(String indicator) {
        return allRecords.stream().filter(r -> r.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void eachMonthListsAsManyItemsPerUnitAsItsFigure() {
        RecordsProbe probe = new RecordsProbe(rollups);
        for (String indicator : INDICATORS) {
            for (TenantCode tenant : List.of(CHENGGUAN, FUJIA, BEIJIE)) {
                for (YearMonth month = from; !month.isAfter(now); month = month.plusMonths(1)) {
                    RecordsProbe.Comparison comparison = probe.compare(records(indicator), tenant, month);
                    assertThat(comparison.listed()).as(indicator + " " + month + " " + tenant)
                            .isEqualTo(comparison.figure());
                }
            }
        }
        List<FigureRecords.CountedItem> overdue = RecordsProbe.items(records(FiveStepFigures.VISITS_OVERDUE),
                CHENGGUAN, from, now);
        assertThat(overdue).isNotEmpty().allSatisfy(item -> {
            assertThat(item.reference()).isEqualTo(item.unit() + " " + item.month()).doesNotContain("考核");
            assertThat(item.detail()).containsPattern("\\*{10}").containsPattern("\\+\\d+d$");
        });
        assertThat(RecordsProbe.items(records(SweepFigures.OVERDUE), BEIJIE, from, now)).isNotEmpty()
                .allSatisfy(item -> assertThat(item.reference()).startsWith(BEIJIE.value()));
        List<FigureRecords.CountedItem> missing = RecordsProbe.items(records(HousingFigures.REPORTS_MISSING),
                BEIJIE, from, now);
        assertThat(missing.stream().map(FigureRecords.CountedItem::detail)).containsAll(addresses);
        assertThat(missing).noneSatisfy(item -> assertThat(item.reference()).contains("考核房东"));
    }

    @Test
    void noTenantListsAnotherTenantsRecords() {
        for (TenantCode other : List.of(FUJIA, BEIJIE)) {
            assertThat(RecordsProbe.items(records(FiveStepFigures.VISITS_OVERDUE), other, from, now))
                    .noneSatisfy(item -> assertThat(names).anyMatch(item.detail()::contains));
        }
        for (TenantCode other : List.of(FUJIA, CHENGGUAN)) {
            assertThat(RecordsProbe.items(records(HousingFigures.REPORTS_MISSING), other, from, now))
                    .noneSatisfy(item -> assertThat(addresses).contains(item.detail()));
        }
    }
}
