package cn.gongguan.fivestep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.Revision;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.security.ReadReason;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An edit of an archive keeps the earlier version (who, when, each field before and after); the earlier versions of
 * the sealed reproductive-health archive stay sealed and open only as the archive does: for its readers, with a
 * reason, audited.
 */
class ArchiveHistoryTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");

    @Autowired
    PersonRegistry registry;
    @Autowired
    Archives archives;
    @Autowired
    AuditRows audit;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEditOfAnArchiveKeepsWhoChangedWhichFieldFromWhatToWhat() {
        login("chengguan.staff", HomeView.class);
        Person person = woman("档案历史");
        archives.save(person.getId(), Archive.NEEDS, -1, Map.of("services", "孕检"));
        archives.save(person.getId(), Archive.NEEDS, 0, Map.of("services", "孕检、避孕药具", "notes", "新增"));

        List<Revision> history = archives.read(person.getId(), Archive.NEEDS, null).history();
        assertThat(history).singleElement().satisfies(revision -> {
            assertThat(revision.revisedBy()).isEqualTo("chengguan.staff");
            assertThat(revision.revisedAt()).isNotNull();
            assertThat(revision.version()).isZero();
            assertThat(revision.changes()).containsExactly(new Change("notes", null, "新增"),
                    new Change("services", "孕检", "孕检、避孕药具"));
        });
    }

    @Test
    void theEarlierVersionsOfTheSealedArchiveStaySealedAndOpenOnlyWithAReasonAudited() {
        login("chengguan.staff", HomeView.class);
        Person woman = woman("密封历史");
        archives.save(woman.getId(), Archive.REPRODUCTIVE_HEALTH, -1,
                Map.of("contraception", "IUD", "pregnant", "NO", "notes", "首次记录"));
        archives.save(woman.getId(), Archive.REPRODUCTIVE_HEALTH, 0,
                Map.of("contraception", "PILL", "pregnant", "YES", "notes", "孕早期"));

        Map<String, Object> row = asOwner().sql("select changes, sealed from t_621227100.record_revision where subject = ?")
                .param("archive:" + woman.getId() + ":REPRODUCTIVE_HEALTH").query().singleRow();
        assertThat(row.get("changes")).isNull();
        assertThat(new String((byte[]) row.get("sealed"), StandardCharsets.UTF_8))
                .doesNotContain("IUD", "PILL", "YES", "contraception", "pregnant", "首次记录", "孕早期");

        assertThatThrownBy(() -> archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        int readsBefore = sensitiveReads(woman);
        List<Revision> history = archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.ARCHIVE_UPDATE)
                .history();
        assertThat(history).singleElement().extracting(Revision::changes).asInstanceOf(InstanceOfAssertFactories.list(Change.class))
                .contains(new Change("contraception", "IUD", "PILL"), new Change("notes", "首次记录", "孕早期"));
        assertThat(sensitiveReads(woman)).isEqualTo(readsBefore + 1);
        logout();

        login("chengguan.officer", HomeView.class);
        assertThatThrownBy(() -> archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.SERVICE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantReachesNoHistoryNeitherThroughTheServiceNorBySql() {
        login("chengguan.staff", HomeView.class);
        Person woman = woman("历史隔离");
        archives.save(woman.getId(), Archive.NEEDS, -1, Map.of("services", "城关镇"));
        archives.save(woman.getId(), Archive.NEEDS, 0, Map.of("services", "城关镇改"));
        logout();

        login("fujia.staff", HomeView.class);
        // ids are per tenant: 伏家镇 may hold a person of the same id, whose own history it may see
        assertThat(refusedOrSeen(() -> registry.history(woman.getId()).toString())).doesNotContain("城关镇");
        assertThat(refusedOrSeen(() -> archives.read(woman.getId(), Archive.NEEDS, null).toString()))
                .doesNotContain("城关镇");
        assertThatThrownBy(() -> TenantContext.callAs(TenantCode.of("621227101"), () -> new TransactionTemplate(transactions)
                .execute(status -> entityManager.createNativeQuery("select count(*) from t_621227100.record_revision")
                        .getSingleResult())))
                .hasStackTraceContaining("permission denied for schema t_621227100");
    }

    private int sensitiveReads(Person woman) {
        List<AuditEvent> reads = audit.list(CHENGGUAN,
                new AuditFilter("chengguan.staff", AuditAction.SENSITIVE_READ, null, null), 0, 1000);
        return (int) reads.stream().filter(e -> e.subject().equals("person:" + woman.getId())).count();
    }

    private Person woman(String name) {
        return registry.register(PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1991, 6, 6),
                Sex.FEMALE)));
    }

    /** What another tenant's call shows as text, or nothing when it is refused. */
    private static String refusedOrSeen(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (AccessDeniedException refused) {
            return "";
        }
    }
}
