package cn.gongguan.fivestep;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.ui.PersonView;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantSchemaMigrator;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import jakarta.persistence.EntityManager;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三跟踪: a follow-up's outcome is kept in clear, its note only sealed — never readable in the database, opened only
 * by the roles that open the reproductive-health archive, for a reason, every opening audited; a village officer sees
 * the outcome and that there is a note, never what it says.
 */
class SealedFollowUpNotesTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final String NOTE = "孕 8 周，已建孕检档案，宫内节育器已取出";

    @Autowired
    PersonRegistry registry;
    @Autowired
    FollowUps followUps;
    @Autowired
    AuditRows audit;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    LegacyFollowUpResults legacy;
    @Autowired
    TenantSchemaMigrator migrator;

    @Nested
    class ForTheTownshipStaff {

        @Test
        void theNoteIsStoredOnlySealedAndOpensWithAReasonInTheAuditTrail() {
            login("chengguan.staff", HomeView.class);
            Person person = person("加密随访", null);
            FollowUp followUp = done(person, FollowUpOutcome.PREGNANCY_CHECK_DONE, NOTE);

            assertThat(asOwner().sql("""
                    select outcome, position(convert_to(?, 'UTF8') in note_sealed) as clear_at
                    from t_621227100.follow_up where id = ?""")
                    .params("孕 8 周", followUp.getId()).query().singleRow())
                    .containsEntry("outcome", "PREGNANCY_CHECK_DONE").containsEntry("clear_at", 0);
            assertThat(asOwner().sql("select note from t_621227100.step_record where person_id = ? and step = 'FOLLOW_UP'")
                    .param(person.getId()).query(String.class).single()).doesNotContain("孕");

            assertThatThrownBy(() -> followUps.openNote(followUp.getId(), null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThat(followUps.openNote(followUp.getId(), ReadReason.SERVICE)).isEqualTo(NOTE);
            List<AuditEvent> reads = audit.list(CHENGGUAN,
                    new AuditFilter("chengguan.staff", AuditAction.SENSITIVE_READ, null, null), 0, 500).stream()
                    .filter(e -> e.subject().equals("person:" + person.getId())).toList();
            assertThat(reads).extracting(AuditEvent::detail)
                    .containsExactly("FOLLOW_UP_NOTE follow_up:" + followUp.getId() + " SERVICE");
        }

        @Test
        void theChecklistShowsTheOutcomeAndOpensTheNoteOnlyAfterAReason() {
            login("chengguan.staff", HomeView.class);
            Person person = person("界面随访", null);
            FollowUp followUp = done(person, FollowUpOutcome.CONTRACEPTION_IN_PLACE, NOTE);
            PersonView view = open(person);
            String card = _get(view, com.vaadin.flow.component.Component.class, spec -> spec.withId("step-follow_up"))
                    .getElement().getTextRecursively();
            assertThat(card).contains("已落实避孕措施").doesNotContain(NOTE);

            _click(_get(view, Button.class, spec -> spec.withId("follow-up-note-" + followUp.getId())));
            _click(_get(Button.class, spec -> spec.withId("sealed-note-read")));
            @SuppressWarnings("unchecked")
            Select<ReadReason> reason = _get(Select.class, spec -> spec.withId("sealed-note-reason"));
            assertThat(reason.getErrorMessage()).isEqualTo("请选择查看事由");
            assertThat(_find(Paragraph.class, spec -> spec.withId("sealed-note-text"))).isEmpty();
            _setValue(reason, ReadReason.SERVICE);
            _click(_get(Button.class, spec -> spec.withId("sealed-note-read")));
            assertThat(_get(Paragraph.class, spec -> spec.withId("sealed-note-text")).getText()).isEqualTo(NOTE);
        }

        @Test
        void aNoteCopiedToAnotherFollowUpDoesNotOpen() {
            login("chengguan.staff", HomeView.class);
            FollowUp first = done(person("复制随访甲", null), FollowUpOutcome.OTHER, NOTE);
            FollowUp second = done(person("复制随访乙", null), FollowUpOutcome.OTHER, "另一条备注");
            asOwner().sql("update t_621227100.follow_up set note_sealed = (select note_sealed from t_621227100.follow_up "
                    + "where id = ?) where id = ?").params(first.getId(), second.getId()).update();
            assertThatThrownBy(() -> followUps.openNote(second.getId(), ReadReason.SERVICE))
                    .hasMessageContaining("does not open");
        }

        @Test
        void theDemoShowsAStructuredOutcomeWithASealedNote() {
            login("chengguan.staff", HomeView.class);
            Person liu = registry.list(new PersonFilter("刘芳", null, null, null), PageRequest.of(0, 50)).stream()
                    .filter(p -> p.getIdNumber().value().startsWith("621227")).findFirst().orElseThrow();
            FollowUp quarterly = followUps.of(liu.getId()).stream().filter(FollowUp::isDone).findFirst().orElseThrow();
            assertThat(quarterly.getOutcome()).isEqualTo(FollowUpOutcome.CONTRACEPTION_IN_PLACE);
            assertThat(quarterly.hasNote()).isTrue();
            assertThat(followUps.openNote(quarterly.getId(), ReadReason.SERVICE)).contains("演示备注");
        }
    }

    @Nested
    class ForAVillageOfficer {

        @Test
        void theOfficerWritesANoteAndSeesTheOutcomeButNeverTheNote() {
            login("chengguan.officer", HomeView.class);
            Person person = person("信息员随访", CurrentUser.get().orgUnit());
            FollowUp followUp = done(person, FollowUpOutcome.REFERRED, NOTE);
            assertThat(followUps.of(person.getId())).singleElement().satisfies(f -> {
                assertThat(f.getOutcome()).isEqualTo(FollowUpOutcome.REFERRED);
                assertThat(f.hasNote()).isTrue();
            });
            assertThatThrownBy(() -> followUps.openNote(followUp.getId(), ReadReason.SERVICE))
                    .isInstanceOf(AccessDeniedException.class);

            PersonView view = open(person);
            String card = _get(view, com.vaadin.flow.component.Component.class, spec -> spec.withId("step-follow_up"))
                    .getElement().getTextRecursively();
            assertThat(card).contains("已转介服务机构", "有加密备注").doesNotContain(NOTE);
            assertThat(_find(view, Button.class, spec -> spec.withId("follow-up-note-" + followUp.getId()))).isEmpty();
            logout();

            login("chengguan.staff", HomeView.class);
            assertThat(followUps.openNote(followUp.getId(), ReadReason.VERIFICATION)).isEqualTo(NOTE);
        }
    }

    @Nested
    class ForAnotherTownship {

        @Test
        void itsStaffCannotOpenTheNoteNorReadTheRowInTheDatabase() {
            login("chengguan.staff", HomeView.class);
            FollowUp followUp = done(person("外镇随访", null), FollowUpOutcome.PREGNANCY_CHECK_DONE, NOTE);
            logout();

            login("fujia.staff", HomeView.class);
            // 伏家镇 may hold a follow-up of the same id: then it is its own, never this one
            attempt(() -> followUps.openNote(followUp.getId(), ReadReason.SERVICE))
                    .ifPresent(note -> assertThat(note).isNotEqualTo(NOTE));
            assertThatThrownBy(() -> TenantContext.callAs(FUJIA, () -> sql(
                    "select count(*) from t_621227100.follow_up where id = " + followUp.getId())))
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Nested
    class FromBeforeOutcomes {

        /** An upgrade: tenant-070 ran, tenant-071 waits while a clear result is left, the start-up seals it. */
        @Test
        void aResultWrittenInClearIsSealedIntoTheNoteOnceAndThenTheClearColumnGoes() throws Exception {
            login("chengguan.staff", HomeView.class);
            Person person = person("旧随访", null);
            FollowUp followUp = followUps.schedule(person.getId(), FollowUpKind.KEY_GROUP, today(), "旧的随访");
            asOwner().sql("alter table t_621227100.follow_up add column result text").update();
            asOwner().sql("delete from t_621227100.databasechangelog where id = 'tenant-071-follow-up-result-dropped'")
                    .update();
            try {
                asOwner().sql("update t_621227100.follow_up set done_on = ?, done_by = 'chengguan.staff', result = ? "
                        + "where id = ?").params(java.sql.Date.valueOf(today()), NOTE, followUp.getId()).update();
                migrator.migrate(CHENGGUAN);
                assertThat(resultColumns()).as("the clear column waits for the sealing").isOne();

                TenantContext.runAs(CHENGGUAN, () -> legacy.initialize(null));
                byte[] sealed = asOwner().sql("select note_sealed from t_621227100.follow_up where id = ?")
                        .param(followUp.getId()).query(byte[].class).single();
                TenantContext.runAs(CHENGGUAN, () -> legacy.initialize(null));
                assertThat(asOwner().sql("select note_sealed from t_621227100.follow_up where id = ?")
                        .param(followUp.getId()).query(byte[].class).single()).as("sealed once").isEqualTo(sealed);
                FollowUp migrated = followUps.of(person.getId()).getFirst();
                assertThat(migrated.getOutcome()).isEqualTo(FollowUpOutcome.OTHER);
                assertThat(followUps.openNote(followUp.getId(), ReadReason.ARCHIVE_UPDATE)).isEqualTo(NOTE);

                migrator.migrate(CHENGGUAN);
                assertThat(resultColumns()).as("dropped at the next migration").isZero();
            } finally {
                // whatever happened above, leave the schema as every other test knows it: tenant-071 run
                asOwner().sql("alter table t_621227100.follow_up add column if not exists result text").update();
                asOwner().sql("update t_621227100.follow_up set result = null").update();
                migrator.migrate(CHENGGUAN);
                // pooled connections hold statements prepared for the table as it was
                dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            }
            TenantContext.runAs(CHENGGUAN, () -> legacy.initialize(null));
        }

        private long resultColumns() {
            return asOwner().sql("""
                    select count(*) from information_schema.columns
                    where table_schema = 't_621227100' and table_name = 'follow_up' and column_name = 'result'""")
                    .query(Long.class).single();
        }
    }

    private Person person(String name, String orgUnit) {
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1992, 7, 7), Sex.FEMALE));
        details.setOrgUnit(orgUnit);
        return registry.register(details);
    }

    private FollowUp done(Person person, FollowUpOutcome outcome, String note) {
        FollowUp followUp = followUps.schedule(person.getId(), FollowUpKind.KEY_GROUP, today(), "季度随访");
        followUps.complete(followUp.getId(), followUp.getVersion(), today(), outcome, note);
        return followUp;
    }

    private static LocalDate today() {
        return LocalDate.now(CountyTime.ZONE);
    }

    private static PersonView open(Person person) {
        UI.getCurrent().navigate("persons/" + person.getId());
        return _get(PersonView.class);
    }

    private static <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (AccessDeniedException | InvalidInputException refused) {
            return Optional.empty();
        }
    }

    private Object sql(String sql) {
        return new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getSingleResult());
    }
}
