package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/** What a verification request (协查) asks about a person, in clear; the details go into its sealed note. */
public enum VerificationTopic implements Labelled {
    /** 婚育情况: marriage and childbearing. */
    MARRIAGE_AND_CHILDBEARING,
    /** 现居住地: whether the person lives at the address given. */
    RESIDENCE,
    /** 《婚育证明》真伪: whether a certificate is genuine and valid. */
    CERTIFICATE,
    /** 节育措施落实: whether a contraceptive measure is in place (the answer's note is sealed). */
    MEASURES,
    /** 其他: said in the note, which is then required. */
    OTHER;

    @Override
    public String labelKey() {
        return "exchange.topic." + name();
    }
}
