package cn.gongguan.counter;

import cn.gongguan.platform.Labelled;

/**
 * What was done for a person at the counter. Kept in clear, so none of them tells anything of the person's health:
 * the family-planning information handed out is the same leaflet everyone gets; what a consultation was about goes
 * in the sealed note.
 */
public enum CounterService implements Labelled {
    /** The marriage-and-childbearing certificate issued to an outflow person. */
    CERTIFICATE_ISSUED,
    /** The certificate an inflow person showed, checked. */
    CERTIFICATE_CHECKED,
    /** Information on the free services (contraception, pregnancy checks) handed out. */
    INFORMATION,
    /** A proof (证明) issued. */
    PROOF,
    /** A consultation. */
    CONSULTATION,
    OTHER;

    @Override
    public String labelKey() {
        return "counter.service." + name();
    }
}
