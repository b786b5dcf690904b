package cn.gongguan.certificate;

import cn.gongguan.platform.Labelled;

/** What another department learns of a person's marriage-and-childbearing certificate (《婚育证明》). */
public enum CertificateState implements Labelled {
    /** A certificate valid today: issued by a township of the county, or checked on an inflow person. */
    VALID,
    /** The latest certificate known expired before today. */
    EXPIRED,
    /** No certificate known, or no person known under the number. */
    NONE;

    @Override
    public String labelKey() {
        return "certificate.state." + name();
    }
}
