package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/**
 * How soon a verification request (协查) must be answered; the time limit of each is the county's
 * ({@link TimeLimits}), by default 7, 15 and 30 calendar days.
 */
public enum Urgency implements Labelled {
    /** 特急. */
    URGENT(7),
    /** 加急. */
    PRIORITY(15),
    /** 一般. */
    NORMAL(30);

    private final int defaultDays;

    Urgency(int defaultDays) {
        this.defaultDays = defaultDays;
    }

    /** Calendar days, unless the county set another limit. */
    public int defaultDays() {
        return defaultDays;
    }

    @Override
    public String labelKey() {
        return "exchange.urgency." + name();
    }
}
