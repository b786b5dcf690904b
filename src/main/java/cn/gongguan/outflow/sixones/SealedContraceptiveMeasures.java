package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.reseal.SealedValues;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sealed contraceptive measures of a tenant's outflow persons, for the re-seal after a key rotation. */
@Component
class SealedContraceptiveMeasures implements SealedValues {

    private final EntityManager entityManager;

    SealedContraceptiveMeasures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "outflow.contraceptive-measure";
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
                        select id, person_id, sealed from contraceptive_measure where id > ? order by id limit ?""")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        return SealedValues.reseal(sealer, rows.stream().map(row -> new Row(((Number) row[0]).longValue(),
                (byte[]) row[2], ContraceptiveMeasures.context(TenantContext.current(),
                        ((Number) row[1]).longValue()))).toList(),
                (id, read, moved) -> entityManager.createNativeQuery(
                                "update contraceptive_measure set sealed = ? where id = ? and sealed = ?")
                        .setParameter(1, moved).setParameter(2, id).setParameter(3, read).executeUpdate());
    }
}
