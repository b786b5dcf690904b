package cn.gongguan.governance;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.reseal.SealedValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sealed persons and houses of liaisons' findings still waiting for their township, for the re-seal after a key
 * rotation: each township moves its own (the row policy lets it alone change them), so that a finding taken in after
 * the previous key is gone still opens.
 */
@Component
class SealedLiaisonFindings implements SealedValues {

    private final JdbcClient jdbc;

    SealedLiaisonFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "governance.liaison-finding";
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    @Transactional
    public Batch resealAfter(Sealer sealer, long after, int limit) {
        String township = TenantContext.current().value();
        return SealedValues.reseal(sealer, jdbc.sql("""
                                select id, payload_sealed from platform.liaison_finding
                                where township_code = ? and payload_sealed is not null and id > ? order by id limit ?""")
                        .params(township, after, limit)
                        .query((rs, row) -> new Row(rs.getLong(1), rs.getBytes(2),
                                FindingPayload.context(township, rs.getLong(1))))
                        .list(),
                (id, read, moved) -> jdbc.sql("""
                                update platform.liaison_finding set payload_sealed = ?
                                where id = ? and payload_sealed = ?""")
                        .params(moved, id, read).update());
    }
}
