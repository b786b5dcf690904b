package cn.gongguan.enterprise;

import cn.gongguan.platform.Labelled;

/** How an enterprise takes part in the family-planning association (计生协会) network. */
public enum Association implements Labelled {
    /** The enterprise has founded a family-planning association of its own. */
    OWN,
    /** The enterprise is a member unit of the township's (residents' committee's) association. */
    MEMBER_UNIT;

    @Override
    public String labelKey() {
        return "enterprise.association." + name();
    }
}
