package cn.gongguan.outflow.sixones;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.reseal.Reseal;
import cn.gongguan.platform.reseal.SealedValues;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation the re-seal moves every sealed contraceptive measure to the new key, and each still opens
 * bound to its tenant and person. Keys of its own, in a township no other test keeps measures in.
 */
class MeasureKeyRotationTest extends IntegrationTest {

    private static final TenantCode ROTATED = TenantCode.of("621227106");
    private static final Sealer.Key OLD = new Sealer.Key(1, "the-old-key-of-the-measures");
    private static final Sealer.Key NEW = new Sealer.Key(2, "the-new-key-of-the-measures");
    private static final MeasureDetails MEASURE = new MeasureDetails(ContraceptiveMethod.IUD, null, "复查正常");

    @Autowired
    Reseal reseal;
    @Autowired
    List<SealedValues> sealedValues;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final Sealer oldOnly = new Sealer(OLD, null, Sealer.hashKeyOf(OLD.secret()));
    private final Sealer rotating = new Sealer(NEW, OLD, Sealer.hashKeyOf(OLD.secret()));
    private final Sealer newOnly = new Sealer(NEW, null, Sealer.hashKeyOf(OLD.secret()));

    @Test
    void theReSealMovesEveryMeasureToTheNewKey() {
        List<Long> persons = sealedMeasures(4);
        SealedValues measures = sealedValues.stream().filter(v -> v.name().equals("outflow.contraceptive-measure"))
                .findFirst().orElseThrow();

        assertThat(reseal.run(rotating, List.of(new Reseal.Unit(measures, ROTATED)), 3, () -> true))
                .isEqualTo(Reseal.Outcome.COMPLETE);

        for (long person : persons) {
            byte[] sealed = inTenant(() -> (byte[]) entityManager.createNativeQuery(
                    "select sealed from contraceptive_measure where person_id = ?").setParameter(1, person)
                    .getSingleResult());
            assertThat(Sealer.keyVersion(sealed)).isEqualTo(2);
            assertThat(TenantContext.callAs(ROTATED, () -> ContraceptiveMeasures.decode(newOnly.open(sealed,
                    ContraceptiveMeasures.context(ROTATED, person))))).isEqualTo(MEASURE);
        }
    }

    /** Outflow persons with a measure sealed under the old key, as the service stores it. */
    private List<Long> sealedMeasures(int count) {
        return inTenant(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long id = ((Number) entityManager.createNativeQuery("""
                                insert into person (name, name_pinyin, name_initials, id_number, sex, birth_date,
                                  registration_place, flow_type, marital_status, created_by, updated_by)
                                values ('轮换措施', 'lunhuancuoshi', 'lhcs', ?, 'FEMALE', date '1990-01-01', ?,
                                  'OUTFLOW', 'MARRIED', 'test', 'test') returning id""")
                        .setParameter(1, PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.FEMALE))
                        .setParameter(2, ROTATED.value())
                        .getSingleResult()).longValue();
                entityManager.createNativeQuery("""
                                insert into contraceptive_measure (person_id, sealed, recorded_on, updated_at, updated_by)
                                values (?, ?, current_date, now(), 'test')""")
                        .setParameter(1, id)
                        .setParameter(2, oldOnly.seal(ContraceptiveMeasures.encode(MEASURE),
                                ContraceptiveMeasures.context(ROTATED, id)))
                        .executeUpdate();
                ids.add(id);
            }
            return ids;
        });
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.callAs(ROTATED, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }
}
