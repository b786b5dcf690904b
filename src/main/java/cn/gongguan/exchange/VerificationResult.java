package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/** The structured answer to a verification request (协查), in clear; details go into the answer's sealed note. */
public enum VerificationResult implements Labelled {
    /** 情况属实: the situation agrees with what was asked. */
    CONFIRMED,
    /** 情况不符: it differs; the note says how. */
    DIFFERS,
    /** 查无此人: no such person at the place. */
    NOT_FOUND,
    /** 已离开: the person has left the place. */
    LEFT,
    /** 其他: said in the note, which is then required. */
    OTHER;

    @Override
    public String labelKey() {
        return "exchange.result." + name();
    }
}
