package cn.gongguan.exchange;

import cn.gongguan.platform.TextLimit;

/** The text limits of the messages townships exchange, used by the exchange's checks and the answer form. */
public final class MessageLimits {

    private static final TextLimit.Table MESSAGE = TextLimit.of("platform.exchange_message");
    static final TextLimit KIND = MESSAGE.recorded("kind", TextLimit.ENUM);
    static final TextLimit SENDER_CODE = MESSAGE.recorded("senderCode", TextLimit.CODE);
    static final TextLimit ADDRESSEE_CODE = MESSAGE.recorded("addresseeCode", TextLimit.CODE);
    /** Copied from the person's record, as long as a person's name may be. */
    static final TextLimit PERSON_NAME = MESSAGE.recorded("personName", 50);
    static final TextLimit SENT_BY = MESSAGE.recorded("sentBy", TextLimit.ACTOR);
    static final TextLimit ANSWERED_BY = MESSAGE.recorded("answeredBy", TextLimit.ACTOR);
    static final TextLimit OUTCOME = MESSAGE.recorded("outcome", 24);
    /** An unbounded text column, kept to what a person writes in an answer. */
    public static final TextLimit ANSWER = MESSAGE.required("answer", 2000);

    private MessageLimits() {
    }
}
