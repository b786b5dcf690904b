package cn.gongguan.fivestep;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.reseal.SealedValues;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sensitive archives of a tenant, for the re-seal after a key rotation: walked person by person. */
@Component
class SealedArchives implements SealedValues {

    private final EntityManager entityManager;

    SealedArchives(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "fivestep.archive";
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    /** The sealed archives of the next persons (all of a person's in one batch); written back with no new version. */
    @Override
    @Transactional
    public Batch resealAfter(Sealer sealer, long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select person_id, kind, sealed from archive
                        where sealed is not null and person_id in (
                          select distinct person_id from archive where sealed is not null and person_id > ?
                          order by person_id limit ?)
                        order by person_id, kind""")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        return SealedValues.reseal(sealer, rows.stream().map(row -> {
            long personId = ((Number) row[0]).longValue();
            return new Row(personId, (byte[]) row[2], Archives.context(personId, Archive.valueOf((String) row[1])));
        }).toList(), (personId, read, moved) -> entityManager.createNativeQuery(
                        "update archive set sealed = ? where person_id = ? and sealed = ?")
                .setParameter(1, moved).setParameter(2, personId).setParameter(3, read).executeUpdate());
    }
}
