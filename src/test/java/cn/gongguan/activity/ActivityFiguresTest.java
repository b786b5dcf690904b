package cn.gongguan.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.reference.WorkingDays;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Platform use per tenant and month (issue 15): the county days on which its users left an audit event, the system's
 * own events not counted, against the working days of the month on the official calendar; and no tenant learns
 * another's days.
 */
class ActivityFiguresTest extends IntegrationTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode TOWNSHIP = SecondCountyTree.TOWNSHIP;

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Today today;
    @Autowired
    JdbcClient runtime;

    final Random random = new Random();
    YearMonth month;

    @BeforeEach
    void aSecondCountyAndAMonthLongAgo() throws Exception {
        secondCounty.declare();
        month = today.month().minusMonths(10);
        recount.recountDue();
    }

    long figure(TenantCode tenant, String indicator, YearMonth period) {
        return rollups.unitsOf(tenant, List.of(period.toString()), List.of(indicator)).stream()
                .filter(row -> row.unit().isEmpty()).mapToLong(Rollups.Row::value).findFirst().orElseThrow();
    }

    void event(TenantCode tenant, String actor, LocalDate day, int hour) {
        asOwner().sql("insert into platform.audit_event (tenant_code, actor, action, at) values (?, ?, 'LOGIN', ?)")
                .params(tenant.value(), actor, Timestamp.from(day.atTime(hour, random.nextInt(60))
                        .atZone(CountyTime.ZONE).toInstant()))
                .update();
    }

    long askedAs(TenantCode tenant, YearMonth period) {
        return ((Number) sqlAsTenant(tenant, "select platform.active_days(date '%s', date '%s')"
                .formatted(period.atDay(1), period.atEndOfMonth())).getFirst()).longValue();
    }

    @Test
    void theDaysWithAnEventOfItsUsersCountAgainstTheMonthsWorkingDays() {
        long seed = random.nextLong();
        random.setSeed(seed);
        System.out.println("ActivityFiguresTest seed " + seed);
        long before = figure(TOWNSHIP, ActivityFigures.ACTIVE_DAYS, month);
        long chengguanBefore = askedAs(CHENGGUAN, month);
        Set<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < 12; i++) {
            LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            days.add(day);
            // 00:30 and 23:30 county time: the county day, not the UTC one, is counted
            event(TOWNSHIP, "erxian.staff", day, random.nextBoolean() ? 0 : 23);
        }
        LocalDate systemOnly = month.atDay(1);
        while (days.contains(systemOnly)) {
            systemOnly = systemOnly.plusDays(1);
        }
        event(TOWNSHIP, "system", systemOnly, 12);
        assertThat(asOwner().sql("select count(*) from platform.figure_owed where tenant_code = ? and period = ?")
                .params(TOWNSHIP.value(), month.toString()).query(Long.class).single()).as("owed").isPositive();

        recount.recountDue();

        assertThat(figure(TOWNSHIP, ActivityFigures.ACTIVE_DAYS, month)).isEqualTo(before + days.size());
        long working = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .filter(workingDays::isWorkingDay).count();
        assertThat(figure(TOWNSHIP, ActivityFigures.WORKING_DAYS, month)).isEqualTo(working).isBetween(15L, 23L);
        assertThat(askedAs(CHENGGUAN, month)).as("another tenant's days stay its own").isEqualTo(chengguanBefore);
    }

    @Test
    void theCurrentMonthCountsUpToToday() {
        event(TOWNSHIP, "erxian.staff", today.date(), 10);
        recount.recountDue();
        YearMonth now = today.month();
        assertThat(figure(TOWNSHIP, ActivityFigures.ACTIVE_DAYS, now)).isPositive();
        assertThat(figure(TOWNSHIP, ActivityFigures.WORKING_DAYS, now)).isEqualTo(now.atDay(1)
                .datesUntil(today.date().plusDays(1)).filter(workingDays::isWorkingDay).count());
    }

    @Test
    void aTenantLearnsOnlyItsOwnDaysAndTheRuntimeRoleNone() {
        YearMonth lastYear = today.month().minusMonths(11);
        long chengguan = askedAs(CHENGGUAN, lastYear);
        event(TOWNSHIP, "erxian.staff", lastYear.atDay(15), 10);
        assertThat(askedAs(TOWNSHIP, lastYear)).isPositive();
        assertThat(askedAs(CHENGGUAN, lastYear)).isEqualTo(chengguan);
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "select count(*) from platform.audit_event"
                + " where tenant_code = '629970100'")).as("the trail itself")
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("select platform.active_days(current_date - 30, current_date)")
                .query(Long.class).single()).hasStackTraceContaining("permission denied");
    }
}
