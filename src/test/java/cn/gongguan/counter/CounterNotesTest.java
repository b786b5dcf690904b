package cn.gongguan.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.reseal.Reseal;
import cn.gongguan.platform.reseal.SealedValues;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A note of a service at the counter is stored only sealed, opens only for a reason (audited), and moves to the new
 * key in a key rotation's re-seal.
 */
class CounterNotesTest extends UiTest {

    private static final String NOTE = "咨询孕前检查，已告知免费检查地点";
    /** A township no other test keeps counter notes in. */
    private static final TenantCode ROTATED = TenantCode.of("621227105");
    private static final Sealer.Key OLD = new Sealer.Key(1, "the-old-key-of-the-counter");
    private static final Sealer.Key NEW = new Sealer.Key(2, "the-new-key-of-the-counter");

    @Autowired
    CounterVisits visits;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Reseal reseal;
    @Autowired
    List<SealedValues> sealedValues;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theNoteIsStoredOnlySealedAndOpensOnlyForAReasonWhichIsAudited() {
        login("chengguan.staff", HomeView.class);
        Person person = registry.register(PersonFixtures.details("加密窗口",
                PersonFixtures.newIdNumber(LocalDate.of(1994, 6, 1), Sex.FEMALE)));
        CounterVisit visit = visits.record(person.getId(), CounterService.CONSULTATION, NOTE);

        assertThat(asOwner().sql("""
                        select service, position(convert_to(?, 'UTF8') in note_sealed) as clear_at
                        from t_621227100.counter_visit where id = ?""")
                .params("孕前", visit.getId()).query().singleRow())
                .containsEntry("service", "CONSULTATION").containsEntry("clear_at", 0);
        assertThatThrownBy(() -> visits.openNote(visit.getId(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(visits.openNote(visit.getId(), ReadReason.SERVICE)).isEqualTo(NOTE);
        assertThat(asOwner().sql("""
                        select detail from platform.audit_event where tenant_code = '621227100'
                          and action = 'SENSITIVE_READ' and subject = ?""")
                .param("person:" + person.getId()).query(String.class).list())
                .containsExactly("COUNTER_NOTE counter_visit:" + visit.getId() + " SERVICE");
    }

    @Test
    void theReSealMovesEveryNoteToTheNewKey() {
        Sealer oldOnly = new Sealer(OLD, null, Sealer.hashKeyOf(OLD.secret()));
        Sealer rotating = new Sealer(NEW, OLD, Sealer.hashKeyOf(OLD.secret()));
        Sealer newOnly = new Sealer(NEW, null, Sealer.hashKeyOf(OLD.secret()));
        long id = inTenant(() -> {
            long person = ((Number) entityManager.createNativeQuery("""
                            insert into person (name, name_pinyin, name_initials, id_number, sex, birth_date,
                              registration_place, flow_type, marital_status, created_by, updated_by)
                            values ('轮换窗口', 'lunhuanchuangkou', 'lhck', ?, 'FEMALE', date '1990-01-01', ?,
                              'INFLOW', 'MARRIED', 'test', 'test') returning id""")
                    .setParameter(1, PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.FEMALE))
                    .setParameter(2, ROTATED.value()).getSingleResult()).longValue();
            long visit = ((Number) entityManager.createNativeQuery("""
                            insert into counter_visit (person_id, service, served_on, served_at, served_by)
                            values (?, 'CONSULTATION', current_date, now(), 'test') returning id""")
                    .setParameter(1, person).getSingleResult()).longValue();
            entityManager.createNativeQuery("update counter_visit set note_sealed = ? where id = ?")
                    .setParameter(1, oldOnly.seal(NOTE, CounterNotes.context(ROTATED, visit)))
                    .setParameter(2, visit).executeUpdate();
            return visit;
        });
        SealedValues notes = sealedValues.stream().filter(v -> v.name().equals("counter.visit-note"))
                .findFirst().orElseThrow();

        assertThat(reseal.run(rotating, List.of(new Reseal.Unit(notes, ROTATED)), 3, () -> true))
                .isEqualTo(Reseal.Outcome.COMPLETE);

        byte[] sealed = inTenant(() -> (byte[]) entityManager.createNativeQuery(
                "select note_sealed from counter_visit where id = ?").setParameter(1, id).getSingleResult());
        assertThat(Sealer.keyVersion(sealed)).isEqualTo(2);
        assertThat(newOnly.open(sealed, CounterNotes.context(ROTATED, id))).isEqualTo(NOTE);
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.callAs(ROTATED, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
    }
}
