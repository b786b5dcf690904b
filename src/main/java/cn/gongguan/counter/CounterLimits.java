package cn.gongguan.counter;

import cn.gongguan.platform.TextLimit;

/** The text limits of the counter's log. Its note is sealed (bytea), bounded by {@link #NOTE_LENGTH} before sealing. */
public final class CounterLimits {

    /** The longest note a service at the counter keeps. */
    public static final int NOTE_LENGTH = 1000;

    private static final TextLimit.Table COUNTER_VISIT = TextLimit.of("counter_visit");
    static final TextLimit SERVICE = COUNTER_VISIT.recorded("service", 24);
    static final TextLimit SERVED_BY = COUNTER_VISIT.recorded("servedBy", TextLimit.ACTOR);

    private CounterLimits() {
    }
}
