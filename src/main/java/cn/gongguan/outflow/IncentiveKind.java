package cn.gongguan.outflow;

import cn.gongguan.platform.Labelled;

/** The incentives (激励措施) the policy offers outflow persons who declare their departure on time. */
public enum IncentiveKind implements Labelled {
    /** The marriage-and-childbearing certificate or birth-service papers handled on their behalf (代办). */
    PAPERS_HANDLED(false),
    /** The cost of a pregnancy check done at the destination reimbursed. */
    PREGNANCY_CHECK(true),
    /** The cost of one of the four family-planning operations (四术) reimbursed. */
    FOUR_OPERATIONS(true),
    /** Priority for the only-child rewards (独生子女奖励优先). */
    REWARD_PRIORITY(false);

    private final boolean reimbursement;

    IncentiveKind(boolean reimbursement) {
        this.reimbursement = reimbursement;
    }

    /** Whether the incentive is money paid back: it then has an amount, and only then. */
    public boolean isReimbursement() {
        return reimbursement;
    }

    @Override
    public String labelKey() {
        return "incentive.kind." + name();
    }
}
