package cn.gongguan.exchange;

import cn.gongguan.platform.Sealer;
import org.springframework.stereotype.Component;

/**
 * Seals the note of a message between tenants (column {@code platform.exchange_message.note_sealed}), bound to the
 * message, its sender and its addressee: copied to another message it does not open. Sender and addressee open it
 * with the same context; an answer's text likewise, in its own context. The one place that knows these contexts.
 */
@Component
class MessageNotes {

    private final Sealer sealer;

    MessageNotes(Sealer sealer) {
        this.sealer = sealer;
    }

    byte[] seal(long messageId, String sender, String addressee, String note) {
        return sealer.seal(note, context(messageId, sender, addressee));
    }

    String open(long messageId, String sender, String addressee, byte[] sealed) {
        return sealer.open(sealed, context(messageId, sender, addressee));
    }

    byte[] sealAnswer(long messageId, String sender, String addressee, String answer) {
        return sealer.seal(answer, answerContext(messageId, sender, addressee));
    }

    String openAnswer(long messageId, String sender, String addressee, byte[] sealed) {
        return sealer.open(sealed, answerContext(messageId, sender, addressee));
    }

    /** {@code <sender code>/exchange_message:<id>/to:<addressee code>/note}. */
    static String context(long messageId, String sender, String addressee) {
        return sender + "/exchange_message:" + messageId + "/to:" + addressee + "/note";
    }

    /** {@code <sender code>/exchange_message:<id>/to:<addressee code>/answer}. */
    static String answerContext(long messageId, String sender, String addressee) {
        return sender + "/exchange_message:" + messageId + "/to:" + addressee + "/answer";
    }
}
