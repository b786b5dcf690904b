package cn.gongguan.fivestep;

import cn.gongguan.platform.Labelled;

/** What 二送 delivered to a person. */
public enum Delivery implements Labelled {
    /** The service card, which everyone receives. */
    SERVICE_CARD,
    /** The card and the notice to a woman of childbearing age without a marriage-and-childbearing certificate. */
    CARD_AND_NOTICE;

    @Override
    public String labelKey() {
        return "delivery." + name();
    }
}
