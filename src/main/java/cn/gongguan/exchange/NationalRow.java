package cn.gongguan.exchange;

import cn.gongguan.reference.IdNumber;
import java.time.LocalDate;

/** One row of an imported national file as read from its cells; what the row's category needs is checked later. */
final class NationalRow {
    NationalCategory category;
    String platformNumber;
    Long localNumber;
    String senderCode;
    String addresseeCode;
    String personName;
    IdNumber idNumber;
    VerificationTopic topic;
    FeedbackOutcome outcome;
    Urgency urgency;
    String content;
    LocalDate sentOn;
    /** Read against the code list of the answered message's kind, once that message is known. */
    String resultText;
    /** The reply's result as stored: a {@link VerificationResult} or {@link FeedbackOutcome} name, or null. */
    String result;
    String answer;
    LocalDate answeredOn;
    /** The message a reply or a receipt is about, once checked. */
    Message message;

    /** The question says "other" (其他), so its content must say what. */
    boolean saysOther() {
        return topic == VerificationTopic.OTHER || outcome == FeedbackOutcome.OTHER;
    }
}
