package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.ui.ExchangeView;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.reference.Sex;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.FormDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 五反馈 through the exchange: feedback on a person reaches the township and the household-registration place, is
 * answered there, and no other tenant can read, forge or answer it — the database refuses it too.
 */
class FeedbackExchangeTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final TenantCode BEIJIE = TenantCode.of("621227100001");

    @Autowired
    PersonRegistry registry;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    Exchange exchange;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void feedbackOnAPersonFromAnotherTownshipIsAnsweredThereWithinFiveWorkingDays() {
        login("beijie.clerk", HomeView.class);
        PersonDetails details = PersonFixtures.details("伏家来人", PersonFixtures.newIdNumber(LocalDate.of(1994, 8, 8), Sex.FEMALE));
        details.setRegistrationPlace(FUJIA.value());
        Person person = registry.register(details);
        feedbacks.send(person.getId(), FeedbackOutcome.VERIFIED, "已婚，育有一女，持有婚育证明");

        List<Message> sent = feedbacks.sent(person.getId());
        assertThat(sent).extracting(Message::addressee).containsExactly(CHENGGUAN.value(), FUJIA.value());
        assertThat(sent).allSatisfy(m -> assertThat(m.due())
                .isEqualTo(workingDays.deadline(LocalDate.now(CountyTime.ZONE), 5)));
        long toFujia = sent.get(1).id();
        logout();

        login("fujia.staff", ExchangeView.class);
        ExchangeView inbox = LocatorJ._get(ExchangeView.class);
        @SuppressWarnings("unchecked")
        Grid<Message> grid = LocatorJ._get(inbox, Grid.class);
        List<Message> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(toFujia);
            assertThat(m.sender()).isEqualTo(BEIJIE.value());
            assertThat(m.outcome()).isEqualTo(FeedbackOutcome.VERIFIED);
            assertThat(m.hasNote()).isTrue();
        });
        assertThatThrownBy(() -> exchange.answer(toFujia, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("answer"));
        GridKt._clickItem(grid, rows.stream().map(Message::id).toList().indexOf(toFujia));
        FormDialog<?> dialog = LocatorJ._get(FormDialog.class);
        LocatorJ._setValue(LocatorJ._get(dialog, TextArea.class, spec -> spec.withId("answer")), "第二位工作人员的答复");
        exchange.answer(toFujia, "已核实，户籍地信息一致");
        Message answered = exchange.incoming(toFujia).orElseThrow();
        assertThatThrownBy(() -> exchange.answer(toFujia, "再答一次")).as("the first answer is kept")
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.savedBy()).isEqualTo("fujia.staff");
                    assertThat(e.savedAt()).isEqualTo(answered.answeredAt());
                });

        LocatorJ._click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(LocatorJ._get(dialog, Div.class, spec -> spec.withId("form-notice")).getElement()
                .getTextRecursively()).as("who answered meanwhile, and when")
                .contains("fujia.staff 已于 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(answered.answeredAt().atZone(CountyTime.ZONE)) + " 保存了这条记录");
        assertThat(LocatorJ._get(dialog, TextArea.class, spec -> spec.withId("answer")).getValue())
                .as("nothing typed is lost").isEqualTo("第二位工作人员的答复");
        LocatorJ._click(LocatorJ._get(dialog, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(LocatorJ._find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                .contains("已答复（fujia.staff）");
        assertThat(exchange.openAnswer(toFujia, ReadReason.VERIFICATION)).as("the answer is sealed, opened for a reason")
                .isEqualTo("已核实，户籍地信息一致");
        assertThat(dialog.save.isVisible()).as("nothing left to answer").isFalse();
        logout();

        login("beijie.clerk", HomeView.class);
        assertThat(feedbacks.sent(person.getId()).get(1)).satisfies(m -> {
            assertThat(m.isAnswered()).isTrue();
            assertThat(m.answeredBy()).isEqualTo("fujia.staff");
            assertThat(m.hasAnswerText()).isTrue();
        });
    }

    @Test
    void aTenantThatIsNeitherSenderNorAddresseeSeesNothingAndCannotAnswer() {
        login("chengguan.staff", HomeView.class);
        PersonDetails details = PersonFixtures.details("隔离反馈", PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 9), Sex.MALE));
        details.setRegistrationPlace(FUJIA.value());
        Person person = registry.register(details);
        feedbacks.send(person.getId(), FeedbackOutcome.VERIFIED, "");
        long toFujia = feedbacks.sent(person.getId()).stream().filter(m -> m.addressee().equals(FUJIA.value())).findFirst().orElseThrow().id();
        logout();

        login("beijie.clerk", HomeView.class);
        assertThat(exchange.list(Exchange.Box.INCOMING, Exchange.Filter.ALL, 0, 1000)).extracting(Message::id).doesNotContain(toFujia);
        assertThat(exchange.list(Exchange.Box.SENT, Exchange.Filter.ALL, 0, 1000)).extracting(Message::id).doesNotContain(toFujia);
        assertThatThrownBy(() -> exchange.answer(toFujia, "冒名答复")).isInstanceOf(AccessDeniedException.class);
        logout();

        login("chengguan.staff", HomeView.class);
        // the sender cannot answer its own message to another place either
        assertThatThrownBy(() -> exchange.answer(toFujia, "自己答复")).isInstanceOf(AccessDeniedException.class);
        assertThat(asOwner().sql("select count(*) from platform.exchange_message where id = ? and answered_at is null")
                .param(toFujia).query(Long.class).single()).isOne();
    }

    @Test
    void aVillageOfficerSendsFeedbackButDoesNotReadTheTownshipsInbox() {
        login("chengguan.officer", HomeView.class);
        PersonDetails details = PersonFixtures.details("信息员反馈", PersonFixtures.newIdNumber(LocalDate.of(1993, 3, 3), Sex.MALE));
        details.setOrgUnit(cn.gongguan.security.CurrentUser.get().orgUnit());
        Person person = registry.register(details);
        feedbacks.send(person.getId(), FeedbackOutcome.LEFT, "");
        assertThat(feedbacks.sent(person.getId())).hasSize(2);
        assertThatThrownBy(() -> exchange.list(Exchange.Box.INCOMING, Exchange.Filter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchange.answer(1, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseRefusesReadingForgingOrAnsweringAnotherTenantsMessages() {
        // a valid number: the rows stay in the inboxes that later tests list
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.MALE);
        Object id = TenantContext.callAs(CHENGGUAN, () -> sql("""
                insert into platform.exchange_message
                    (kind, sender_code, addressee_code, person_name, id_number, outcome, sent_by, due_on, due_provisional,
                     escalate_on)
                values ('FEEDBACK', '621227100', '621227101', '测试', '%s', 'VERIFIED', 'test', current_date, false,
                        current_date + 3)
                returning id""".formatted(idNumber)));
        assertThat(TenantContext.callAs(BEIJIE, () -> sql("select count(*) from platform.exchange_message where id = " + id)))
                .isEqualTo(0L);
        assertThat(TenantContext.callAs(FUJIA, () -> sql("select count(*) from platform.exchange_message where id = " + id)))
                .isEqualTo(1L);
        assertThatThrownBy(() -> TenantContext.callAs(BEIJIE, () -> sql("""
                insert into platform.exchange_message
                    (kind, sender_code, addressee_code, person_name, id_number, outcome, sent_by, due_on, due_provisional,
                     escalate_on)
                values ('FEEDBACK', '621227101', '621227100', '伪造', '%s', 'VERIFIED', 'x', current_date, false,
                        current_date + 3)
                returning id""".formatted(idNumber)))).hasStackTraceContaining("row-level security");
        assertThat(TenantContext.callAs(BEIJIE, () -> sql(
                "with u as (update platform.exchange_message set answer = 'x' where id = " + id + " returning 1) "
                        + "select count(*) from u"))).isEqualTo(0L);
        assertThatThrownBy(() -> TenantContext.callAs(FUJIA, () -> sql(
                "with u as (update platform.exchange_message set outcome = 'LEFT' where id = " + id + " returning 1) "
                        + "select count(*) from u"))).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> TenantContext.callAs(FUJIA, () -> sql(
                "with u as (update platform.exchange_message set closed_at = now(), closed_by = 'x' where id = " + id
                        + " returning 1) select count(*) from u"))).as("only the sender closes its thread")
                .hasStackTraceContaining("not allowed");
    }

    private Object sql(String sql) {
        return new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getSingleResult());
    }
}
