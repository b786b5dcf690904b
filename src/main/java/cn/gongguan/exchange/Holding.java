package cn.gongguan.exchange;

/** How a tenant holds a person, as the person index records it (never the person's record itself). */
public enum Holding {
    /** Lives here, household registered elsewhere (流入). */
    INFLOW,
    /** Moves between townships of this county and lives here (县内跨乡流动): managed by both townships. */
    INTRA_COUNTY,
    /** Registered here and away on a trip (流出). */
    OUTFLOW,
    /** Registered here as an outflow person, not away now (returned, or no trip declared). */
    RETURNED
}
