package cn.gongguan.counter;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.reseal.SealedValues;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sealed notes of a tenant's counter log, for the re-seal after a key rotation. */
@Component
class SealedCounterNotes implements SealedValues {

    private final EntityManager entityManager;

    SealedCounterNotes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "counter.visit-note";
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
                        select id, note_sealed from counter_visit where note_sealed is not null and id > ? order by id limit ?""")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        return SealedValues.reseal(sealer, rows.stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            return new Row(id, (byte[]) row[1], CounterNotes.context(TenantContext.current(), id));
        }).toList(), (id, read, moved) -> entityManager.createNativeQuery(
                        "update counter_visit set note_sealed = ? where id = ? and note_sealed = ?")
                .setParameter(1, moved).setParameter(2, id).setParameter(3, read).executeUpdate());
    }
}
