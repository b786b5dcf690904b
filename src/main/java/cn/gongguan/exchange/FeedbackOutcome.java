package cn.gongguan.exchange;

import cn.gongguan.platform.Labelled;

/**
 * What feedback (五反馈) reports about a person, chosen from a list and kept in clear — what every sender and
 * addressee may read. Details go only into the message's sealed note.
 */
public enum FeedbackOutcome implements Labelled {
    /** 婚育情况已核实: the marriage-and-childbearing situation was checked and agrees with the record. */
    VERIFIED,
    /** 管理服务措施已落实: the family-planning management and service measures are in place. */
    MEASURES_IN_PLACE,
    /** 未持《婚育证明》，已送通知: no marriage-and-childbearing certificate; the notice was delivered. */
    NO_CERTIFICATE,
    /** 查无此人: not found at the address given. */
    NOT_FOUND,
    /** 已离开: has left the place. */
    LEFT,
    /** 其他: said in the note, which is then required. */
    OTHER;

    @Override
    public String labelKey() {
        return "feedback.outcome." + name();
    }
}
