package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.Labelled;

/** The six ones (六个一) every outflow person should have, in the policy's order. */
public enum SixOne implements Labelled {
    /** A family-planning archive: the household archive. */
    ARCHIVE,
    /** An accurate address at the destination (and a phone), with a contact card. */
    ADDRESS,
    /** A management contract with the village's family-planning association, in force. */
    CONTRACT,
    /** A marriage-and-childbearing certificate issued by the township, valid. */
    CERTIFICATE,
    /** A reproductive-health service in the current quarter. */
    HEALTH_SERVICE,
    /** A reliable contraceptive measure recorded (sealed). */
    MEASURE;

    @Override
    public String labelKey() {
        return "sixOnes.one." + name();
    }
}
