package cn.gongguan.exchange;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.ui.ExchangeView;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.fivestep.ui.PersonView;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
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
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * 五反馈: feedback reports its outcome in clear and its note only sealed; the sender's and the addressee's roles that
 * open sealed information read the note for a reason, audited in their own trail; a village officer who sent it, and
 * every other tenant, never read it.
 */
class SealedFeedbackNotesTest extends UiTest {

    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final String NOTE = "已婚，孕 12 周，已在户籍地建立孕检档案";

    @Autowired
    PersonRegistry registry;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    Exchange exchange;
    @Autowired
    AuditRows audit;
    @Autowired
    DataSource dataSource;
    @Autowired
    LegacyMessageBodies legacy;

    @Test
    void theAddresseeOpensTheNoteWithAReasonAndTheReadIsAuditedThere() {
        long id = sentToFujia("反馈加密", FeedbackOutcome.MEASURES_IN_PLACE, NOTE);
        assertThat(asOwner().sql("""
                select outcome, position(convert_to(?, 'UTF8') in note_sealed) as clear_at
                from platform.exchange_message where id = ?""").params("孕 12 周", id).query().singleRow())
                .containsEntry("outcome", "MEASURES_IN_PLACE").containsEntry("clear_at", 0);
        assertThat(asOwner().sql("""
                select count(*) from information_schema.columns
                where table_schema = 'platform' and table_name = 'exchange_message' and column_name = 'body'""")
                .query(Long.class).single()).isZero();

        login("fujia.staff", HomeView.class);
        assertThatThrownBy(() -> exchange.openNote(id, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(exchange.openNote(id, ReadReason.VERIFICATION)).isEqualTo(NOTE);
        assertThat(audit.list(FUJIA, new AuditFilter("fujia.staff", AuditAction.SENSITIVE_READ, null, null), 0, 500))
                .filteredOn(e -> e.subject().equals("message:" + id)).extracting(AuditEvent::detail)
                .containsExactly("FEEDBACK_NOTE VERIFICATION");
        logout();

        login("beijie.clerk", HomeView.class);
        assertThat(exchange.openNote(id, ReadReason.SERVICE)).isEqualTo(NOTE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInboxShowsTheOutcomeAndOpensTheNoteOnlyAfterAReason() {
        long id = sentToFujia("收件加密", FeedbackOutcome.VERIFIED, NOTE);
        login("fujia.staff", ExchangeView.class);
        ExchangeView inbox = _get(ExchangeView.class);
        Grid<Message> grid = _get(inbox, Grid.class);
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id() == id).findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("婚育情况已核实").doesNotContain(NOTE);
        GridKt._clickItem(grid, row);
        Dialog answer = _get(Dialog.class);
        assertThat(answer.getElement().getTextRecursively()).contains("反馈结果：婚育情况已核实").doesNotContain(NOTE);
        _click(_get(answer, Button.class, spec -> spec.withId("message-note-" + id)));
        _setValue(_get(Select.class, spec -> spec.withId("sealed-note-reason")), ReadReason.VERIFICATION);
        _click(_get(Button.class, spec -> spec.withId("sealed-note-read")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sealed-note-text")).getText()).isEqualTo(NOTE);
    }

    @Test
    void anOfficerSendsANoteButSeesOnlyThatThereIsOne() {
        login("chengguan.officer", HomeView.class);
        PersonDetails details = PersonFixtures.details("信息员加密反馈",
                PersonFixtures.newIdNumber(LocalDate.of(1991, 9, 9), Sex.FEMALE));
        details.setOrgUnit(CurrentUser.get().orgUnit());
        Person person = registry.register(details);
        feedbacks.send(person.getId(), FeedbackOutcome.OTHER, NOTE);
        List<Message> sent = feedbacks.sent(person.getId());
        assertThat(sent).hasSize(2).allSatisfy(m -> {
            assertThat(m.outcome()).isEqualTo(FeedbackOutcome.OTHER);
            assertThat(m.hasNote()).isTrue();
        });
        assertThatThrownBy(() -> exchange.openNote(sent.getFirst().id(), ReadReason.SERVICE))
                .isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("persons/" + person.getId());
        PersonView view = _get(PersonView.class);
        String card = view.getElement().getTextRecursively();
        assertThat(card).contains("其他（见备注）", "有加密备注").doesNotContain(NOTE);
        assertThat(_find(view, Button.class, spec -> spec.withId("message-note-" + sent.getFirst().id()))).isEmpty();
        assertThatThrownBy(() -> feedbacks.send(person.getId(), FeedbackOutcome.OTHER, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void aTenantThatIsNeitherSenderNorAddresseeCannotOpenItAndACopiedNoteDoesNotOpen() {
        long id = sentToFujia("第三方加密", FeedbackOutcome.LEFT, NOTE);
        long other = sentToFujia("第三方加密乙", FeedbackOutcome.LEFT, "另一条备注");
        login("chengguan.staff", HomeView.class);
        assertThatThrownBy(() -> exchange.openNote(id, ReadReason.VERIFICATION))
                .isInstanceOf(AccessDeniedException.class);
        logout();

        asOwner().sql("update platform.exchange_message set note_sealed = (select note_sealed from platform.exchange_message "
                + "where id = ?) where id = ?").params(id, other).update();
        login("fujia.staff", HomeView.class);
        assertThatThrownBy(() -> exchange.openNote(other, ReadReason.VERIFICATION)).hasMessageContaining("does not open");
    }

    @Test
    void theDemoFeedbackReportsAnOutcomeWithASealedNote() {
        login("chengguan.staff", HomeView.class);
        Person liu = registry.list(new PersonFilter("刘芳", null, null, null), PageRequest.of(0, 50)).stream()
                .filter(p -> p.getIdNumber().value().startsWith("621227")).findFirst().orElseThrow();
        Message sent = feedbacks.sent(liu.getId()).getFirst();
        assertThat(sent.outcome()).isEqualTo(FeedbackOutcome.MEASURES_IN_PLACE);
        assertThat(sent.hasNote()).isTrue();
        assertThat(exchange.openNote(sent.id(), ReadReason.SERVICE)).contains("演示备注");
    }

    @Test
    void aBodyWrittenInClearIsSealedIntoTheNoteOnceAndTheClearTextIsGone() throws Exception {
        long id = sentToFujia("旧反馈", FeedbackOutcome.VERIFIED, "");
        asOwner().sql("alter table platform.exchange_message add column body text").update();
        try {
            asOwner().sql("update platform.exchange_message set outcome = null, body = ? where id = ?").params(NOTE, id).update();
            legacy.run(null);
            byte[] sealed = asOwner().sql("select note_sealed from platform.exchange_message where id = ?").param(id)
                    .query(byte[].class).single();
            legacy.run(null);
            assertThat(asOwner().sql("select count(*) from platform.exchange_message where body is not null")
                    .query(Long.class).single()).isZero();
            assertThat(asOwner().sql("select note_sealed from platform.exchange_message where id = ?").param(id)
                    .query(byte[].class).single()).isEqualTo(sealed);
        } finally {
            asOwner().sql("alter table platform.exchange_message drop column if exists body").update();
            // pooled connections hold statements prepared for the table as it was
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
        login("fujia.staff", HomeView.class);
        assertThat(exchange.list(Exchange.Box.INCOMING, Exchange.Filter.ALL, 0, 1000)).filteredOn(m -> m.id() == id).singleElement()
                .satisfies(m -> assertThat(m.outcome()).isEqualTo(FeedbackOutcome.OTHER));
        assertThat(exchange.openNote(id, ReadReason.VERIFICATION)).isEqualTo(NOTE);
        legacy.run(null);
    }

    /** Feedback from 北街居委会 on a person registered in 伏家镇: to 城关镇 and 伏家镇; the id of the one to 伏家镇. */
    private long sentToFujia(String name, FeedbackOutcome outcome, String note) {
        login("beijie.clerk", HomeView.class);
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1990, 10, 10), Sex.FEMALE));
        details.setRegistrationPlace(FUJIA.value());
        Person person = registry.register(details);
        feedbacks.send(person.getId(), outcome, note);
        long id = feedbacks.sent(person.getId()).stream().filter(m -> m.addressee().equals(FUJIA.value()))
                .findFirst().orElseThrow().id();
        logout();
        return id;
    }
}
