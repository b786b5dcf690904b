package cn.gongguan.housing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.housing.SweepPeriod.State;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweeps due and overdue, derived from a plan and the days sweeps were recorded on, on known days. */
class SweepPlanTest {

    private static final SweepPlan QUARTERLY = new SweepPlan(3, YearMonth.of(2026, 1), null, "test", Instant.EPOCH);

    @Test
    void aPeriodWithASweepIsDoneOneEndedWithoutIsOverdueAndTheCurrentOneIsDueByItsEnd() {
        List<SweepPeriod> periods = QUARTERLY.periods(LocalDate.of(2026, 8, 15),
                List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 20)));

        assertThat(periods).containsExactly(
                new SweepPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), State.DUE, null),
                new SweepPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), State.OVERDUE, null),
                new SweepPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), State.DONE,
                        LocalDate.of(2026, 3, 20)));
    }

    @Test
    void theLastDayOfAPeriodIsStillInTimeAndTheDayAfterItIsOverdue() {
        List<LocalDate> none = List.of();
        assertThat(QUARTERLY.periods(LocalDate.of(2026, 3, 31), none)).extracting(SweepPeriod::state)
                .containsExactly(State.DUE);
        assertThat(QUARTERLY.periods(LocalDate.of(2026, 4, 1), none)).extracting(SweepPeriod::state)
                .containsExactly(State.DUE, State.OVERDUE);
    }

    @Test
    void aSweepOnTheFirstDayCountsAndOneAfterTheDayAskedDoesNot() {
        assertThat(QUARTERLY.periods(LocalDate.of(2026, 4, 10), List.of(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 20)))).extracting(SweepPeriod::state).containsExactly(State.DUE, State.DONE);
    }

    @Test
    void aSweepBetweenPeriodsCountsOnlyForItsOwnPeriod() {
        SweepPlan monthly = new SweepPlan(1, YearMonth.of(2026, 5), null, "test", Instant.EPOCH);
        assertThat(monthly.periods(LocalDate.of(2026, 7, 3), List.of(LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 6, 30)))).extracting(SweepPeriod::state)
                .containsExactly(State.DUE, State.DONE, State.OVERDUE);
    }

    @Test
    void beforeThePlanStartsNothingIsDue() {
        assertThat(QUARTERLY.periods(LocalDate.of(2025, 12, 31), List.of())).isEmpty();
    }
}
