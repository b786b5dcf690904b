package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/** What a message between tenants (or with a place reached through the national platform) is. */
public enum MessageKind implements Labelled {
    /** 反馈: a person's situation reported to another place, or asked of it (a task of the person index). */
    FEEDBACK,
    /** 协查: a question about a person, answered with a {@link VerificationResult} within its urgency's time limit. */
    VERIFICATION,
    /** 通报: a notice to several units, one row each, read receipts, no answer. */
    NOTICE;

    @Override
    public String labelKey() {
        return "exchange.kind." + name();
    }

    /** Whether the addressee answers it (a notice is only read). */
    public boolean isAnswered() {
        return this != NOTICE;
    }
}
