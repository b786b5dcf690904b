package cn.gongguan.exchange;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.reseal.SealedValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sealed notes of the exchange's messages (platform), for the re-seal after a key rotation. The runtime role
 * reads only the columns a note is bound to (platform-027).
 */
@Component
class SealedMessageNotes implements SealedValues {

    private final JdbcClient jdbc;

    SealedMessageNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "exchange.message-note";
    }

    @Override
    public boolean perTenant() {
        return false;
    }

    @Override
    @PlatformTransactional
    public Batch resealAfter(Sealer sealer, long after, int limit) {
        return SealedValues.reseal(sealer, jdbc.sql("""
                        select id, sender_code, addressee_code, note_sealed from platform.exchange_message
                        where note_sealed is not null and id > ? order by id limit ?""")
                .params(after, limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(4),
                        MessageNotes.context(rs.getLong(1), rs.getString(2), rs.getString(3))))
                .list(), (id, read, moved) -> jdbc.sql(
                        "update platform.exchange_message set note_sealed = ? where id = ? and note_sealed = ?")
                .params(moved, id, read).update());
    }
}
