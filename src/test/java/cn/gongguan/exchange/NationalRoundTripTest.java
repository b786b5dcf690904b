package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The national platform by files, end to end: requests to a place outside this system wait in the outbox, go out in a
 * numbered batch, and the platform's reply file made from that export records the answers once — the same file
 * imported again changes nothing.
 */
class NationalRoundTripTest extends UiTest {

    static final String WUSHAN = "440106001";
    private static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    PersonRegistry registry;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    NationalBridge bridge;
    @Autowired
    NationalImport nationalImport;
    @Autowired
    Exchange exchange;
    @Autowired
    Places places;
    @Autowired
    Translations translations;
    @Autowired
    Today today;

    @Test
    void requestsToAPlaceOutsideGoOutInABatchAndTheirRepliesComeBackOnce() throws IOException {
        login("fujia.staff", HomeView.class);
        String feedbackPerson = PersonFixtures.newIdNumber(LocalDate.of(1991, 4, 4), Sex.FEMALE);
        long feedback = feedbackTo(WUSHAN, "外省反馈", feedbackPerson, "已婚，育有一孩（加密备注）");
        String verificationPerson = PersonFixtures.newIdNumber(LocalDate.of(1987, 6, 6), Sex.MALE);
        long verification = verificationTo(FUJIA, WUSHAN, "外省协查", verificationPerson);
        assertThat(bridge.outbox(OutboxState.WAITING, 0, 10_000)).extracting(Message::id)
                .contains(feedback, verification);

        NationalBridge.Batch batch = bridge.export(ReadReason.VERIFICATION);
        assertThat(message(feedback)).satisfies(m -> {
            assertThat(m.outboxState()).isEqualTo(OutboxState.EXPORTED);
            assertThat(m.outboxBatch()).isEqualTo(batch.number());
        });
        assertThat(bridge.outbox(OutboxState.WAITING, 0, 10_000)).as("nothing left waiting").isEmpty();
        assertThat(asOwner().sql("""
                select detail from platform.audit_event where tenant_code = ? and action = 'NATIONAL_EXPORTED'
                and subject = ?""").params(FUJIA.value(), "exchange_batch:" + batch.number())
                .query(String.class).single()).as("one event names the batch's messages and the reason")
                .contains(String.valueOf(feedback), String.valueOf(verification), "VERIFICATION");

        byte[] csv = bridge.file(batch.number(), NationalFormat.CSV, ReadReason.VERIFICATION);
        String csvText = new String(csv, StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF平台编号,本地编号,类别,发送地代码,发送地,接收地代码,接收地,姓名,公民身份号码,"
                + "协查事项,反馈结果,紧急程度,内容,发送日期,答复期限,答复结果,答复内容,答复日期\r\n");
        List<List<String>> exported = NationalFiles.read(bridge.file(batch.number(), NationalFormat.XLSX,
                ReadReason.VERIFICATION));
        Map<NationalColumn, String> asked = NationalFiles.cells(rowOf(exported, feedback));
        assertThat(asked).containsEntry(NationalColumn.CATEGORY, "反馈")
                .containsEntry(NationalColumn.SENDER_CODE, FUJIA.value())
                .containsEntry(NationalColumn.ADDRESSEE_CODE, WUSHAN)
                .containsEntry(NationalColumn.ADDRESSEE, places.name(WUSHAN))
                .containsEntry(NationalColumn.ID_NUMBER, feedbackPerson)
                .containsEntry(NationalColumn.OUTCOME, "婚育情况已核实")
                .containsEntry(NationalColumn.CONTENT, "已婚，育有一孩（加密备注）")
                .containsEntry(NationalColumn.SENT_ON, today.date().toString())
                .containsEntry(NationalColumn.ANSWER, "");
        Map<NationalColumn, String> verify = NationalFiles.cells(rowOf(exported, verification));
        assertThat(verify).containsEntry(NationalColumn.CATEGORY, "协查")
                .containsEntry(NationalColumn.URGENCY, "特急").containsEntry(NationalColumn.TOPIC, "现居住地");

        // the platform's reply file, as it comes back: the exported rows with the replies filled in
        asked.put(NationalColumn.CATEGORY, "答复");
        asked.put(NationalColumn.ANSWER, "户籍地已核实，情况一致");
        asked.put(NationalColumn.ANSWERED_ON, today.date().toString());
        verify.put(NationalColumn.CATEGORY, "答复");
        verify.put(NationalColumn.RESULT, "情况属实");
        verify.put(NationalColumn.ANSWER, "本人在五山街道居住，有租房合同");
        verify.put(NationalColumn.ANSWERED_ON, today.date().toString());
        byte[] replies = NationalFiles.write(NationalFormat.CSV,
                List.of(NationalFiles.row(asked), NationalFiles.row(verify)));

        ImportResult first = nationalImport.importFrom(new ByteArrayInputStream(replies), chinese());
        assertThat(first.updated()).isEqualTo(2);
        assertThat(first.rejected()).isZero();
        Message answered = message(verification);
        assertThat(answered.isAnswered()).isTrue();
        assertThat(answered.result()).isEqualTo(VerificationResult.CONFIRMED.name());
        assertThat(answered.answeredBy()).isEqualTo(places.name(WUSHAN));
        assertThat(answered.outboxState()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(exchange.openAnswer(verification, ReadReason.VERIFICATION)).as("the reply is sealed like any answer")
                .isEqualTo("本人在五山街道居住，有租房合同");
        assertThat(message(feedback).outboxState()).isEqualTo(OutboxState.ACKNOWLEDGED);

        ImportResult again = nationalImport.importFrom(new ByteArrayInputStream(replies), chinese());
        assertThat(again.updated()).isZero();
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.rejected()).isZero();
        assertThat(message(verification).answeredAt()).isEqualTo(answered.answeredAt());
        assertThat(asOwner().sql("select count(*) from platform.exchange_message where id_number in (?, ?)")
                .params(feedbackPerson, verificationPerson).query(Integer.class).single())
                .as("nothing duplicated").isEqualTo(2);
        assertThat(bridge.file(batch.number(), NationalFormat.CSV, ReadReason.VERIFICATION))
                .as("a batch downloads again as it was exported").isEqualTo(csv);
    }

    @Test
    void aQuestionClosedBeforeItLeftIsWithdrawnFromTheOutbox() {
        login("fujia.staff", HomeView.class);
        long asked = exchange.ask(WUSHAN, "撤回协查", PersonFixtures.newIdNumber(LocalDate.of(1990, 7, 7), Sex.FEMALE),
                VerificationTopic.RESIDENCE, Urgency.NORMAL, "请核实居住情况");
        assertThat(bridge.outbox(OutboxState.WAITING, 0, 10_000)).extracting(Message::id).contains(asked);
        exchange.close(asked);
        assertThat(bridge.outbox(OutboxState.WAITING, 0, 10_000)).extracting(Message::id).doesNotContain(asked);
        assertThat(exchange.find(asked).orElseThrow().outboxState()).as("never exported").isNull();
    }

    @Test
    void exportIsRefusedWithoutAReasonAndToARoleThatMayNotOpenSealedInformation() {
        login("fujia.staff", HomeView.class);
        assertThatThrownBy(() -> bridge.export(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));
        logout();

        login("fujia.officer", HomeView.class);
        assertThatThrownBy(() -> bridge.export(ReadReason.VERIFICATION)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bridge.file(1, NationalFormat.CSV, ReadReason.VERIFICATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bridge.outbox(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    /** Feedback on a newly registered person whose household is registered at {@code place}. */
    long feedbackTo(String place, String name, String idNumber, String note) {
        PersonDetails details = PersonFixtures.details(name, idNumber);
        details.setRegistrationPlace(place);
        Person person = registry.register(details);
        feedbacks.send(person.getId(), FeedbackOutcome.VERIFIED, note);
        return feedbacks.sent(person.getId()).stream().filter(m -> m.addressee().equals(place)).findFirst()
                .orElseThrow().id();
    }

    /** A verification request written as the sender's own role (the exchange's service for them is another part). */
    long verificationTo(TenantCode sender, String place, String name, String idNumber) {
        List<?> id = sqlAsTenant(sender, """
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    urgency, topic, sent_by, due_on, due_provisional, escalate_on, outbox_state)
                values ('VERIFICATION', '%s', '%s', '%s', '%s', 'URGENT', 'RESIDENCE', 'test', current_date + 7,
                    false, current_date + 10, 'WAITING') returning id""".formatted(sender.value(), place, name, idNumber));
        return ((Number) id.getFirst()).longValue();
    }

    /** One of the unit's messages with a place outside, as the outbox lists it. */
    Message message(long id) {
        return bridge.outbox(null, 0, 100_000).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    static List<String> rowOf(List<List<String>> rows, long id) {
        return rows.stream().filter(r -> r.get(NationalColumn.LOCAL_NUMBER.ordinal()).equals(String.valueOf(id)))
                .findFirst().orElseThrow();
    }

    Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }
}
