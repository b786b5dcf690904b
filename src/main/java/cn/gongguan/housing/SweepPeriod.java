package cn.gongguan.housing;

import cn.gongguan.platform.Labelled;
import java.time.LocalDate;

/**
 * One period of the sweep plan, from its first to its last day, and whether its sweep was done.
 *
 * @param sweptOn the last day a sweep was recorded in the period; null when none was
 */
public record SweepPeriod(LocalDate from, LocalDate to, State state, LocalDate sweptOn) {

    /** Where a period's sweep stands. */
    public enum State implements Labelled {
        /** A sweep was recorded in the period. */
        DONE,
        /** The current period, with no sweep yet: due by its last day. */
        DUE,
        /** The period ended with no sweep recorded in it. */
        OVERDUE;

        @Override
        public String labelKey() {
            return "sweepPlan.state." + name();
        }
    }
}
