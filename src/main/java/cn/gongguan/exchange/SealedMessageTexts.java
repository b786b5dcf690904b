package cn.gongguan.exchange;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.reseal.SealedValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sealed texts of the exchange's messages (platform) — their notes and their answers' texts — for the re-seal after
 * a key rotation. The runtime role reads only the columns a text is bound to (platform-027, platform-050).
 */
class SealedMessageTexts implements SealedValues {

    /** A sealed column of a message and the context its values are bound to. */
    enum Part {
        NOTE("note_sealed", "exchange.message-note"),
        ANSWER("answer_sealed", "exchange.message-answer");

        private final String column;
        private final String progressName;

        Part(String column, String progressName) {
            this.column = column;
            this.progressName = progressName;
        }

        String context(long id, String sender, String addressee) {
            return this == NOTE ? MessageNotes.context(id, sender, addressee)
                    : MessageNotes.answerContext(id, sender, addressee);
        }
    }

    private final JdbcClient jdbc;
    private final Part part;

    SealedMessageTexts(JdbcClient jdbc, Part part) {
        this.jdbc = jdbc;
        this.part = part;
    }

    @Override
    public String name() {
        return part.progressName;
    }

    @Override
    public boolean perTenant() {
        return false;
    }

    @Override
    @PlatformTransactional
    public Batch resealAfter(Sealer sealer, long after, int limit) {
        return SealedValues.reseal(sealer, jdbc.sql("""
                        select id, sender_code, addressee_code, %1$s from platform.exchange_message
                        where %1$s is not null and id > ? order by id limit ?""".formatted(part.column))
                .params(after, limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(4),
                        part.context(rs.getLong(1), rs.getString(2), rs.getString(3))))
                .list(), (id, read, moved) -> jdbc.sql(
                        "update platform.exchange_message set %1$s = ? where id = ? and %1$s = ?".formatted(part.column))
                .params(moved, id, read).update());
    }

    @Configuration(proxyBeanMethods = false)
    static class Parts {

        @Bean
        SealedValues sealedMessageNotes(JdbcClient jdbc) {
            return new SealedMessageTexts(jdbc, Part.NOTE);
        }

        @Bean
        SealedValues sealedMessageAnswers(JdbcClient jdbc) {
            return new SealedMessageTexts(jdbc, Part.ANSWER);
        }
    }
}
