package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/** Where a message came from. */
public enum Origin implements Labelled {
    /** Sent by a user of this system. */
    USER,
    /** Opened by the person index: an outflow of the sender met an inflow of the addressee (a feedback task). */
    MATCH,
    /** Imported from the national platform's files: the sender is a place outside this system. */
    NATIONAL;

    @Override
    public String labelKey() {
        return "exchange.origin." + name();
    }
}
