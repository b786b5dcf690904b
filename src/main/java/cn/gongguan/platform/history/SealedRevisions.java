package cn.gongguan.platform.history;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.reseal.SealedValues;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sealed earlier versions of a tenant's sensitive records, for the re-seal after a key rotation. */
@Component
class SealedRevisions implements SealedValues {

    private final EntityManager entityManager;

    SealedRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "history.sealed-revision";
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    @Transactional
    public Batch resealAfter(Sealer sealer, long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, sealed, subject, version from record_revision
                        where sealed is not null and id > ? order by id limit ?""")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        return SealedValues.reseal(sealer, rows.stream().map(row -> new Row(((Number) row[0]).longValue(),
                (byte[]) row[1], History.sealingContext((String) row[2], ((Number) row[3]).longValue()))).toList(),
                (id, read, moved) -> entityManager.createNativeQuery(
                                "update record_revision set sealed = ? where id = ? and sealed = ?")
                        .setParameter(1, moved).setParameter(2, id).setParameter(3, read).executeUpdate());
    }
}
