package cn.gongguan.registry;

import cn.gongguan.platform.Labelled;

/** How a person flows with respect to this tenant. */
public enum FlowType implements Labelled {
    /** Lives here, household registered elsewhere (流入). */
    INFLOW,
    /** Registered here, lives elsewhere (流出). */
    OUTFLOW,
    /** Moves between townships of this county (县内跨乡流动), managed by both. */
    INTRA_COUNTY;

    @Override
    public String labelKey() {
        return "flowType." + name();
    }
}
