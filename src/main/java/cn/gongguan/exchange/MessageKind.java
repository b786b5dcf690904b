package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/** What a message between tenants is. Verification requests (协查) and notices (通报) will join feedback here. */
public enum MessageKind implements Labelled {
    /** 反馈: a person's situation reported to the township or to the household-registration place. */
    FEEDBACK;

    @Override
    public String labelKey() {
        return "exchange.kind." + name();
    }
}
