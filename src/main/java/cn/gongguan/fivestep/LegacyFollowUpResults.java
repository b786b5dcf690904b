package cn.gongguan.fivestep;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantDeclaration;
import cn.gongguan.platform.TenantInitializer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals the follow-up results written in clear before outcomes were kept (changeset tenant-070): each text becomes
 * the follow-up's sealed note, its outcome {@link FollowUpOutcome#OTHER}, and the clear column is emptied, which lets
 * tenant-071 drop it at the next migration. Runs for each tenant migrated at start-up, in the tenant's transaction:
 * a tenant that fails is migrated again at the next start, and a follow-up already sealed is never touched again.
 */
@Component
class LegacyFollowUpResults implements TenantInitializer {

    private static final Logger log = LoggerFactory.getLogger(LegacyFollowUpResults.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final FollowUpNotes notes;

    LegacyFollowUpResults(JdbcClient jdbc, FollowUpNotes notes) {
        this.jdbc = jdbc;
        this.notes = notes;
    }

    private record Legacy(long id, String result) {
    }

    @Override
    @Transactional
    public void initialize(TenantDeclaration declaration) {
        boolean stillThere = jdbc.sql("""
                select count(*) from information_schema.columns
                where table_schema = current_schema() and table_name = 'follow_up' and column_name = 'result'""")
                .query(Long.class).single() > 0;
        if (!stillThere) {
            return;
        }
        int sealed = 0;
        List<Legacy> batch;
        do {
            batch = jdbc.sql("select id, result from follow_up where result is not null order by id limit ?")
                    .param(BATCH).query(Legacy.class).list();
            for (Legacy legacy : batch) {
                String text = legacy.result().strip();
                jdbc.sql("""
                        update follow_up set note_sealed = ?, outcome = coalesce(outcome, 'OTHER'), result = null
                        where id = ?""")
                        .params(text.isEmpty() ? null : notes.seal(TenantContext.current(), legacy.id(), text),
                                legacy.id())
                        .update();
            }
            sealed += batch.size();
        } while (batch.size() == BATCH);
        if (sealed > 0) {
            log.info("Sealed {} follow-up results written in clear", sealed);
        }
    }
}
