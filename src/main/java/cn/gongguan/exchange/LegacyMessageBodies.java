package cn.gongguan.exchange;

import cn.gongguan.platform.DatabaseOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Seals the message bodies written in clear before outcomes were kept (changeset platform-025): each body becomes the
 * message's sealed note, its outcome {@link FeedbackOutcome#OTHER}, and the clear body is emptied, which lets
 * platform-026 drop the column at the next start. Runs at start-up after the tenants are reconciled, in batches that
 * each commit: stopped half-way, the next start goes on where it stopped, and a message sealed is never touched again.
 * It is a data migration, so it runs as the database owner: the runtime role has no rights on the exchange of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LegacyMessageBodies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyMessageBodies.class);
    private static final int BATCH = 500;

    private final DatabaseOwner owner;
    private final MessageNotes notes;

    LegacyMessageBodies(DatabaseOwner owner, MessageNotes notes) {
        this.owner = owner;
        this.notes = notes;
    }

    private record Legacy(long id, String senderCode, String addresseeCode, String body) {
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        int sealed = 0;
        try (Connection connection = owner.connect()) {
            connection.setAutoCommit(false);
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            int done;
            while ((done = sealBatch(jdbc)) > 0) {
                connection.commit();
                sealed += done;
            }
            connection.commit();
        }
        if (sealed > 0) {
            log.info("Sealed {} message bodies written in clear", sealed);
        }
    }

    /** Seals up to {@value #BATCH} bodies; how many it sealed (0: none left, or the body column is gone). */
    private int sealBatch(JdbcClient jdbc) {
        boolean stillThere = jdbc.sql("""
                select count(*) from information_schema.columns
                where table_schema = 'platform' and table_name = 'exchange_message' and column_name = 'body'""")
                .query(Long.class).single() > 0;
        if (!stillThere) {
            return 0;
        }
        List<Legacy> batch = jdbc.sql("""
                select id, sender_code, addressee_code, body from platform.exchange_message
                where body is not null order by id limit ? for update""")
                .param(BATCH).query(Legacy.class).list();
        for (Legacy legacy : batch) {
            String text = legacy.body().strip();
            jdbc.sql("""
                    update platform.exchange_message set note_sealed = ?, outcome = coalesce(outcome, 'OTHER'), body = null
                    where id = ?""")
                    .params(text.isEmpty() ? null : notes.seal(legacy.id(), legacy.senderCode(), legacy.addresseeCode(),
                            text), legacy.id())
                    .update();
        }
        return batch.size();
    }
}
