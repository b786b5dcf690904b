package cn.gongguan.fivestep;

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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A key rotation interrupted mid-way and started again finishes with every sensitive archive opening under the new
 * key and none left under the old one. The rotation uses keys of its own, in two townships no other test keeps
 * archives in, and a sealer built with both keys, so the application's own key and data stay as they are.
 */
class KeyRotationTest extends IntegrationTest {

    private static final TenantCode ROTATED = TenantCode.of("621227104");
    private static final TenantCode OTHER = TenantCode.of("621227105");
    private static final Sealer.Key OLD = new Sealer.Key(1, "the-old-key-being-retired-now");
    private static final Sealer.Key NEW = new Sealer.Key(2, "the-new-key-after-the-rotation");
    private static final String ARCHIVE = "contraception=IUD&pregnant=NO";

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
    void aRotationInterruptedMidWayAndRestartedMovesEveryArchiveToTheNewKey() {
        List<Long> persons = sealedArchives(ROTATED, 7, oldOnly);
        List<Long> elsewhere = sealedArchives(OTHER, 2, oldOnly);
        List<Reseal.Unit> units = List.of(new Reseal.Unit(archives(), ROTATED));

        AtomicInteger checks = new AtomicInteger();
        Reseal.Outcome first = reseal.run(rotating, units, 3, () -> checks.incrementAndGet() <= 2);

        assertThat(first).isEqualTo(Reseal.Outcome.STOPPED);
        assertThat(keyVersions(ROTATED, persons)).containsExactly(2, 2, 2, 1, 1, 1, 1);

        Reseal.Outcome restarted = reseal.run(rotating, units, 3, () -> true);

        assertThat(restarted).isEqualTo(Reseal.Outcome.COMPLETE);
        assertThat(keyVersions(ROTATED, persons)).containsOnly(2);
        for (long person : persons) {
            assertThat(TenantContext.callAs(ROTATED, () -> newOnly.open(sealed(person),
                    Archives.context(person, Archive.REPRODUCTIVE_HEALTH)))).isEqualTo(ARCHIVE);
        }
        assertThat(inTenant(ROTATED, () -> entityManager.createNativeQuery(
                "select max(version) from archive where person_id in (:ids)").setParameter("ids", persons)
                .getSingleResult())).as("no one's open archive goes stale").isEqualTo(0L);
        assertThat(keyVersions(OTHER, elsewhere)).as("another tenant's unit was not run").containsOnly(1);
        assertThat(reseal.run(rotating, units, 3, () -> true)).isEqualTo(Reseal.Outcome.COMPLETE);
    }

    private SealedValues archives() {
        return sealedValues.stream().filter(v -> v.name().equals("fivestep.archive")).findFirst().orElseThrow();
    }

    /** Persons with a sensitive archive sealed by {@code sealer}, as the archive service stores it. */
    private List<Long> sealedArchives(TenantCode tenant, int count, Sealer sealer) {
        return inTenant(tenant, () -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                long id = ((Number) entityManager.createNativeQuery("""
                                insert into person (name, name_pinyin, name_initials, id_number, sex, birth_date,
                                  registration_place, flow_type, marital_status, created_by, updated_by)
                                values ('轮换测试', 'lunhuanceshi', 'lhcs', ?, 'FEMALE', date '1990-01-01', '621227100',
                                  'INFLOW', 'MARRIED', 'test', 'test') returning id""")
                        .setParameter(1, PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.FEMALE))
                        .getSingleResult()).longValue();
                entityManager.createNativeQuery("""
                                insert into archive (person_id, kind, sealed, updated_by)
                                values (?, 'REPRODUCTIVE_HEALTH', ?, 'test')""")
                        .setParameter(1, id)
                        .setParameter(2, sealer.seal(ARCHIVE, Archives.context(id, Archive.REPRODUCTIVE_HEALTH)))
                        .executeUpdate();
                ids.add(id);
            }
            return ids;
        });
    }

    private List<Integer> keyVersions(TenantCode tenant, List<Long> persons) {
        return TenantContext.callAs(tenant, () -> persons.stream().map(p -> Sealer.keyVersion(sealed(p))).toList());
    }

    private byte[] sealed(long person) {
        return (byte[]) inTenant(TenantContext.current(), () -> entityManager.createNativeQuery(
                        "select sealed from archive where person_id = ? and kind = 'REPRODUCTIVE_HEALTH'")
                .setParameter(1, person).getSingleResult());
    }

    private <T> T inTenant(TenantCode tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }
}
