package cn.gongguan.fivestep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.security.ui.AuditView;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The married women's reproductive-health archive: stored only encrypted, opened only by the family-planning staff
 * for a stated reason, every opening in the audit trail that the audit administrator reads.
 */
class SensitiveArchiveTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");

    @Autowired
    PersonRegistry registry;
    @Autowired
    Archives archives;
    @Autowired
    AuditRows audit;
    @Autowired
    FollowUps followUps;
    @Autowired
    ServiceContacts serviceContacts;

    @Test
    void theArchiveIsStoredOnlyEncryptedAndReadsBackForTheStaff() {
        login("chengguan.staff", HomeView.class);
        Person woman = marriedWoman("加密测试");
        archives.save(woman.getId(), Archive.REPRODUCTIVE_HEALTH, -1,
                Map.of("contraception", "IUD", "pregnant", "YES", "expectedDelivery", "2027-03-01", "notes", "孕早期"));

        Map<String, Object> row = asOwner().sql("select content, sealed from t_621227100.archive where person_id = ? and kind = ?")
                .params(woman.getId(), "REPRODUCTIVE_HEALTH").query().singleRow();
        assertThat(row.get("content")).isNull();
        String stored = new String((byte[]) row.get("sealed"), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("IUD", "YES", "2027-03-01", "pregnant");

        Archives.Content content = archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.SERVICE);
        assertThat(content.values()).containsEntry("contraception", "IUD").containsEntry("notes", "孕早期");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyReadIsAuditedWithItsReasonAndTheAuditAdministratorSeesIt() {
        login("chengguan.staff", HomeView.class);
        Person woman = marriedWoman("审计测试");
        archives.save(woman.getId(), Archive.REPRODUCTIVE_HEALTH, -1, Map.of("contraception", "PILL", "pregnant", "NO"));
        assertThatThrownBy(() -> archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.VERIFICATION);
        archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.SERVICE);
        archives.read(woman.getId(), Archive.HOUSEHOLD, null);

        List<AuditEvent> reads = audit.list(CHENGGUAN,
                new AuditFilter("chengguan.staff", AuditAction.SENSITIVE_READ, null, null), 0, 500).stream()
                .filter(e -> e.subject().equals("person:" + woman.getId())).toList();
        assertThat(reads).extracting(AuditEvent::detail)
                .containsExactly("REPRODUCTIVE_HEALTH SERVICE", "REPRODUCTIVE_HEALTH VERIFICATION");
        logout();

        login("chengguan.auditor", AuditView.class);
        AuditView view = LocatorJ._get(AuditView.class);
        LocatorJ._setValue((Select<AuditAction>) LocatorJ._get(view, Select.class), AuditAction.SENSITIVE_READ);
        Grid<AuditEvent> grid = LocatorJ._get(view, Grid.class);
        List<AuditEvent> shown = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(shown).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("person:" + woman.getId());
            assertThat(e.actor()).isEqualTo("chengguan.staff");
        });
    }

    @Test
    void aVillageOfficerMayNeitherReadNorWriteIt() {
        login("chengguan.officer", HomeView.class);
        String village = cn.gongguan.security.CurrentUser.get().orgUnit();
        PersonDetails details = PersonFixtures.details("信息员测试", PersonFixtures.newIdNumber(LocalDate.of(1990, 2, 2), Sex.FEMALE));
        details.setOrgUnit(village);
        Person woman = registry.register(details);
        assertThatThrownBy(() -> archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.SERVICE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> archives.save(woman.getId(), Archive.REPRODUCTIVE_HEALTH, -1,
                Map.of("contraception", "IUD", "pregnant", "NO"))).isInstanceOf(AccessDeniedException.class);
        assertThat(Archives.maySeeSensitive()).isFalse();
    }

    @Test
    void aSealedArchiveCopiedToAnotherPersonDoesNotOpen() {
        login("chengguan.staff", HomeView.class);
        Person first = marriedWoman("复制测试甲");
        Person second = marriedWoman("复制测试乙");
        archives.save(first.getId(), Archive.REPRODUCTIVE_HEALTH, -1, Map.of("contraception", "IUD", "pregnant", "NO"));
        archives.save(second.getId(), Archive.REPRODUCTIVE_HEALTH, -1, Map.of("contraception", "NONE", "pregnant", "NO"));
        asOwner().sql("update t_621227100.archive set sealed = (select sealed from t_621227100.archive where person_id = ? "
                        + "and kind = 'REPRODUCTIVE_HEALTH') where person_id = ? and kind = 'REPRODUCTIVE_HEALTH'")
                .params(first.getId(), second.getId()).update();
        assertThatThrownBy(() -> archives.read(second.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.SERVICE))
                .hasMessageContaining("does not open");
    }

    @Test
    void aSaveBasedOnAnOlderReadIsRefused() {
        login("chengguan.staff", HomeView.class);
        Person woman = marriedWoman("并发测试");
        archives.save(woman.getId(), Archive.NEEDS, -1, Map.of("services", "孕检"));
        long version = archives.read(woman.getId(), Archive.NEEDS, null).version();
        archives.save(woman.getId(), Archive.NEEDS, version, Map.of("services", "孕检、避孕药具"));
        assertThatThrownBy(() -> archives.save(woman.getId(), Archive.NEEDS, version, Map.of("services", "覆盖")))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.savedBy()).isEqualTo("chengguan.staff"));
        assertThat(archives.read(woman.getId(), Archive.NEEDS, null).values()).containsEntry("services", "孕检、避孕药具");
    }

    @Test
    void anotherTownshipsStaffReachNeitherTheArchiveNorTheFollowUpNorTheServiceContact() {
        login("chengguan.staff", HomeView.class);
        Person woman = marriedWoman("隔离核对");
        archives.save(woman.getId(), Archive.REPRODUCTIVE_HEALTH, -1,
                Map.of("contraception", "IUD", "pregnant", "NO", "notes", "城关镇档案"));
        FollowUp followUp = followUps.schedule(woman.getId(), FollowUpKind.KEY_GROUP,
                LocalDate.now(CountyTime.ZONE).plusDays(3), "城关镇随访计划");
        logout();

        login("fujia.staff", HomeView.class);
        Optional<Archives.Content> seen = attempt(
                () -> archives.read(woman.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.SERVICE));
        seen.ifPresent(content -> assertThat(content.values()).doesNotContainValue("城关镇档案"));
        attempt(() -> {
            followUps.complete(followUp.getId(), followUp.getVersion(), LocalDate.now(CountyTime.ZONE), FollowUpOutcome.OTHER,
                    "伏家镇越权办结");
            return true;
        });
        assertThat(serviceContacts.current().map(ServiceContact::getOffice)).isNotEqualTo(Optional.of("城关镇计划生育办公室"));
        logout();

        Map<String, Object> stored = asOwner().sql("select done_on, note_sealed from t_621227100.follow_up where id = ?")
                .param(followUp.getId()).query().singleRow();
        assertThat(stored.get("done_on")).isNull();
        assertThat(stored.get("note_sealed")).isNull();
    }

    /** What a call returns, or nothing when it is refused: another tenant's user may be refused or see their own. */
    private static <T> Optional<T> attempt(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (AccessDeniedException | InvalidInputException refused) {
            return Optional.empty();
        }
    }

    private Person marriedWoman(String name) {
        return registry.register(PersonFixtures.details(name,
                PersonFixtures.newIdNumber(LocalDate.of(1991, 6, 6), Sex.FEMALE)));
    }
}
