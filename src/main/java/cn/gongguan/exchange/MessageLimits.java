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
    static final TextLimit ORIGIN = MESSAGE.recorded("origin", TextLimit.ENUM);
    static final TextLimit URGENCY = MESSAGE.recorded("urgency", TextLimit.ENUM);
    static final TextLimit TOPIC = MESSAGE.recorded("topic", 32);
    static final TextLimit RESULT = MESSAGE.recorded("result", 24);
    static final TextLimit READ_BY = MESSAGE.recorded("readBy", TextLimit.ACTOR);
    static final TextLimit CLOSED_BY = MESSAGE.recorded("closedBy", TextLimit.ACTOR);
    static final TextLimit OUTBOX_STATE = MESSAGE.recorded("outboxState", TextLimit.ENUM);
    /** The national platform's own number of a message it passed on, as its files give it. */
    public static final TextLimit NATIONAL_NUMBER = MESSAGE.optional("nationalNumber", 40);
    /** A notice's title. */
    public static final TextLimit TITLE = MESSAGE.required("title", 100);
    /** A notice's text (an unbounded column). */
    public static final TextLimit NOTICE_TEXT = MESSAGE.required("noticeText", 4000);

    private static final TextLimit.Table TIME_LIMIT = TextLimit.of("platform.exchange_time_limit");
    static final TextLimit TIME_LIMIT_COUNTY = TIME_LIMIT.recorded("countyCode", TextLimit.CODE);
    static final TextLimit TIME_LIMIT_URGENCY = TIME_LIMIT.recorded("urgency", TextLimit.ENUM);
    static final TextLimit TIME_LIMIT_UPDATED_BY = TIME_LIMIT.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table BATCH = TextLimit.of("platform.exchange_batch");
    static final TextLimit BATCH_TENANT = BATCH.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit BATCH_EXPORTED_BY = BATCH.recorded("exportedBy", TextLimit.ACTOR);

    private static final TextLimit.Table INDEX = TextLimit.of("platform.person_index");
    static final TextLimit INDEX_TENANT = INDEX.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit INDEX_HOLDING = INDEX.recorded("holding", TextLimit.ENUM);

    /** An unbounded text column, kept to what a person writes in an answer. */
    public static final TextLimit ANSWER = MESSAGE.required("answer", 2000);

    private MessageLimits() {
    }
}
