package cn.gongguan.police;

import cn.gongguan.platform.Labelled;

/** What a row of a police station's report did to the registry and the outflow records. */
public enum RowOutcome implements Labelled {
    /** A new arrival registered as an inflow person: on the visit worklist. */
    REGISTERED,
    /** An inflow person's address here updated. */
    ADDRESS_UPDATED,
    /** An outflow person of the township moved back in: their trip closed on the day. */
    RETURNED,
    /** An outflow person of the township moved out: a trip recorded from the day. */
    DEPARTED,
    /** An outflow person away moved on: their trip's address there updated. */
    TRIP_UPDATED,
    /** Nothing to change: the records already say so, or the registry keeps no such fact. */
    NOTED;

    @Override
    public String labelKey() {
        return "police.outcome." + name();
    }
}
