package cn.gongguan.housing;

import cn.gongguan.platform.Labelled;

/** Where a person stands in a month's report of a house. */
public enum Residence implements Labelled {
    /** Lived there before the month and still does. */
    STAYING,
    /** Moved in during the month. */
    ARRIVED,
    /** Moved out during the month. */
    DEPARTED;

    /** Whether the person lives in the house at the end of the month. */
    public boolean livesThere() {
        return this != DEPARTED;
    }

    @Override
    public String labelKey() {
        return "residence." + name();
    }
}
