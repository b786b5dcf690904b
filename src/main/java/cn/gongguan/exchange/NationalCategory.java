package cn.gongguan.exchange;

/**
 * What a row of the national platform's file carries (its column 类别): the question (协查 or 反馈), the answer to a
 * message (答复), the platform's receipt of one (回执), or a bulletin to a partner region (通报). The columns of a row
 * always describe the message itself — who sent it to whom, about whom — so a reply row names the same places as the
 * question it answers.
 */
enum NationalCategory {
    VERIFICATION("协查"),
    FEEDBACK("反馈"),
    REPLY("答复"),
    RECEIPT("回执"),
    /** A bulletin of regional cooperation (信息通报) to a partner outside this system: title and text, no person. */
    NOTICE("通报");

    private final String label;

    NationalCategory(String label) {
        this.label = label;
    }

    /** What an imported file may carry: a bulletin only leaves this system. */
    static final NationalCategory[] IMPORTED = {VERIFICATION, FEEDBACK, REPLY, RECEIPT};

    /** The label in the file. */
    String label() {
        return label;
    }

    /** A question arriving from the platform: it becomes an inbox item. */
    boolean isQuestion() {
        return this == VERIFICATION || this == FEEDBACK;
    }

    /** The category of a message's question. */
    static NationalCategory of(MessageKind kind) {
        return switch (kind) {
            case VERIFICATION -> VERIFICATION;
            case FEEDBACK -> FEEDBACK;
            case NOTICE -> NOTICE;
        };
    }

    /** The kind of message a question of this category becomes. */
    MessageKind kind() {
        return this == VERIFICATION ? MessageKind.VERIFICATION : MessageKind.FEEDBACK;
    }
}
