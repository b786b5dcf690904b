package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.Feedbacks;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national platform's files imported: requests addressed to the unit become inbox items with their deadlines,
 * a request is known by its platform number, and every bad row comes back with its reason at the cell.
 */
class NationalImportTest extends UiTest {

    private static final TenantCode BEIJIE = TenantCode.of("621227100001");
    private static final String XIHU_BEISHAN = "330106002";
    private static final String WUSHAN = NationalRoundTripTest.WUSHAN;

    @Autowired
    NationalImport nationalImport;
    @Autowired
    NationalBridge bridge;
    @Autowired
    Exchange exchange;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    Translations translations;
    @Autowired
    Today today;

    @Test
    void requestsFromThePlatformBecomeInboxItemsDueByTheirKindsRulesOnce() throws IOException {
        login("beijie.clerk", HomeView.class);
        String verificationNumber = platformNumber();
        String feedbackNumber = platformNumber();
        String verifiedPerson = PersonFixtures.newIdNumber(LocalDate.of(1993, 3, 3), Sex.FEMALE);
        LocalDate sent = today.date().minusDays(2);
        List<List<String>> rows = List.of(
                request(verificationNumber, "协查", XIHU_BEISHAN, "平台协查", verifiedPerson, Map.of(
                        NationalColumn.TOPIC, "现居住地", NationalColumn.URGENCY, "加急",
                        NationalColumn.CONTENT, "请核实其在贵地的居住情况", NationalColumn.SENT_ON, sent.toString())),
                request(feedbackNumber, "反馈", WUSHAN, "平台反馈",
                        PersonFixtures.newIdNumber(LocalDate.of(1990, 2, 2), Sex.FEMALE), Map.of(
                        NationalColumn.OUTCOME, "婚育情况已核实", NationalColumn.SENT_ON, "2026-09-28")));

        ImportResult first = nationalImport.importFrom(
                new ByteArrayInputStream(NationalFiles.write(NationalFormat.XLSX, rows)), chinese());
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.rejected()).isZero();

        Message verification = incoming(verificationNumber);
        assertThat(verification.origin()).isEqualTo(Origin.NATIONAL);
        assertThat(verification.kind()).isEqualTo(MessageKind.VERIFICATION);
        assertThat(verification.sender()).isEqualTo(XIHU_BEISHAN);
        assertThat(verification.addressee()).isEqualTo(BEIJIE.value());
        assertThat(verification.urgency()).isEqualTo(Urgency.PRIORITY);
        assertThat(verification.topic()).isEqualTo(VerificationTopic.RESIDENCE);
        assertThat(verification.due().due()).as("a verification request by its urgency")
                .isEqualTo(sent.plusDays(Urgency.PRIORITY.defaultDays()));
        assertThat(exchange.openNote(verification.id(), ReadReason.VERIFICATION)).as("its content sealed as a note")
                .isEqualTo("请核实其在贵地的居住情况");
        Message feedback = incoming(feedbackNumber);
        assertThat(feedback.outcome()).isEqualTo(FeedbackOutcome.VERIFIED);
        assertThat(feedback.due().due()).as("5 working days across National Day: Oct 1-7 off, Sat Oct 10 worked")
                .isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(feedback.due().provisional()).isFalse();

        ImportResult again = nationalImport.importFrom(
                new ByteArrayInputStream(NationalFiles.write(NationalFormat.CSV, rows)), chinese());
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).as("the same file again, as CSV this time, adds nothing").isEqualTo(2);
        assertThat(asOwner().sql("select count(*) from platform.exchange_message where national_number in (?, ?)")
                .params(verificationNumber, feedbackNumber).query(Integer.class).single()).isEqualTo(2);

        // the answer goes back through the outbox, and the platform's receipt acknowledges it
        exchange.answer(verification.id(), VerificationResult.CONFIRMED, "已核实，本人在北街居住");
        assertThat(bridge.outbox(OutboxState.WAITING, 0, 10_000)).extracting(Message::id).contains(verification.id());
        NationalBridge.Batch batch = bridge.export(ReadReason.VERIFICATION);
        Map<NationalColumn, String> answer = NationalFiles.cells(NationalRoundTripTest.rowOf(NationalFiles.read(
                bridge.file(batch.number(), NationalFormat.XLSX, ReadReason.VERIFICATION)), verification.id()));
        assertThat(answer).containsEntry(NationalColumn.CATEGORY, "答复")
                .containsEntry(NationalColumn.PLATFORM_NUMBER, verificationNumber)
                .containsEntry(NationalColumn.SENDER_CODE, XIHU_BEISHAN)
                .containsEntry(NationalColumn.ANSWER, "已核实，本人在北街居住")
                .containsEntry(NationalColumn.ANSWERED_ON, today.date().toString())
                .as("the request's own note is not sent back").containsEntry(NationalColumn.CONTENT, "");
        answer.put(NationalColumn.CATEGORY, "回执");
        byte[] receipt = NationalFiles.write(NationalFormat.CSV, List.of(NationalFiles.row(answer)));
        assertThat(nationalImport.importFrom(new ByteArrayInputStream(receipt), chinese()).updated()).isOne();
        assertThat(incoming(verificationNumber).outboxState()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(nationalImport.importFrom(new ByteArrayInputStream(receipt), chinese()).unchanged()).isOne();
    }

    @Test
    void eachBadRowComesBackWithItsReasonAtTheCellAndTheGoodRowsAreKept() throws IOException {
        login("beijie.clerk", HomeView.class);
        long answered = answeredFeedbackTo(WUSHAN, "已答复的反馈", "第一次答复");
        long asked = ((Number) sqlAsTenant(BEIJIE, """
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    urgency, topic, sent_by, due_on, due_provisional, escalate_on, outbox_state)
                values ('VERIFICATION', '%s', '%s', '待答复协查', '%s', 'NORMAL', 'RESIDENCE', 'test', current_date + 30,
                    false, current_date + 33, 'EXPORTED') returning id""".formatted(BEIJIE.value(), WUSHAN,
                PersonFixtures.newIdNumber(LocalDate.of(1986, 6, 16), Sex.MALE))).getFirst()).longValue();
        String person = PersonFixtures.newIdNumber(LocalDate.of(1995, 5, 5), Sex.MALE);
        String wrongCheck = person.substring(0, 17) + (person.charAt(17) == '1' ? '2' : '1');
        Map<NationalColumn, String> verification = Map.of(NationalColumn.TOPIC, "婚育情况",
                NationalColumn.URGENCY, "一般", NationalColumn.SENT_ON, today.date().toString());
        List<List<String>> rows = List.of(
                request(platformNumber(), "协查", XIHU_BEISHAN, "正常一行", person, verification),
                reply(999_999_999L, BEIJIE.value(), WUSHAN, "", "答复内容"),
                request(platformNumber(), "协查", XIHU_BEISHAN, "校验位错", wrongCheck, verification),
                request(platformNumber(), "询问", XIHU_BEISHAN, "类别错", person, verification),
                request(platformNumber(), "协查", XIHU_BEISHAN, "紧急程度错", person, with(verification,
                        NationalColumn.URGENCY, "很急")),
                request(platformNumber(), "协查", XIHU_BEISHAN, "", person, verification),
                request(platformNumber(), "协查", XIHU_BEISHAN, "内容太长", person, with(verification,
                        NationalColumn.CONTENT, "长".repeat(2001))),
                reply(answered, BEIJIE.value(), WUSHAN, "", "另一个答复"),
                request(platformNumber(), "协查", XIHU_BEISHAN, "发给别人", person, with(verification,
                        NationalColumn.ADDRESSEE_CODE, "621227101")),
                reply(asked, BEIJIE.value(), WUSHAN, "不清楚", "答复内容"));

        ImportResult result = nationalImport.importFrom(
                new ByteArrayInputStream(NationalFiles.write(NationalFormat.XLSX, rows)), chinese());

        assertThat(result.added()).isOne();
        assertThat(result.rejected()).isEqualTo(9);
        Map<Integer, Map<NationalColumn, String>> marked = marked(result.errorWorkbook());
        assertThat(marked.keySet()).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(marked.get(3)).containsOnlyKeys(NationalColumn.LOCAL_NUMBER);
        assertThat(marked.get(3).get(NationalColumn.LOCAL_NUMBER)).startsWith("本单位没有发往该地的这个编号的信息");
        assertThat(marked.get(4).get(NationalColumn.ID_NUMBER)).startsWith("公民身份号码校验位不符");
        assertThat(marked.get(5).get(NationalColumn.CATEGORY)).isEqualTo("“询问”不在代码表中，可填：协查、反馈、答复、回执");
        assertThat(marked.get(6).get(NationalColumn.URGENCY)).isEqualTo("“很急”不在代码表中，可填：特急、加急、一般");
        assertThat(marked.get(7).get(NationalColumn.NAME)).isEqualTo("此项为必填项");
        assertThat(marked.get(8).get(NationalColumn.CONTENT)).isEqualTo("不能超过 2,000 个字");
        assertThat(marked.get(9).get(NationalColumn.ANSWER)).isEqualTo("这条信息已于 " + today.date()
                + " 记录了不同的答复，不能再记录一次");
        assertThat(marked.get(10).get(NationalColumn.ADDRESSEE_CODE)).isEqualTo("这条请求不是发给本单位（"
                + BEIJIE.value() + "）的");
        assertThat(marked.get(11).get(NationalColumn.RESULT))
                .isEqualTo("“不清楚”不在代码表中，可填：情况属实、情况不符、查无此人、已离开、其他");
        assertThat(exchange.openAnswer(answered, ReadReason.VERIFICATION)).as("the first reply stays")
                .isEqualTo("第一次答复");
    }

    @Test
    void theTemplateIsTheFileWithItsChineseHeaderWhateverTheUsersLanguage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        nationalImport.writeTemplate((key, args) -> translations.getTranslation(key, Translations.ENGLISH, args), out);
        List<List<String>> rows = NationalFiles.read(out.toByteArray());
        assertThat(rows.getFirst()).containsExactly("平台编号", "本地编号", "类别", "发送地代码", "发送地", "接收地代码", "接收地",
                "姓名", "公民身份号码", "协查事项", "反馈结果", "紧急程度", "内容", "发送日期", "答复期限", "答复结果", "答复内容", "答复日期");
    }

    /** Feedback from this unit to a place outside, exported and replied to through the platform's file. */
    private long answeredFeedbackTo(String place, String name, String replyText) throws IOException {
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1989, 9, 9), Sex.FEMALE));
        details.setRegistrationPlace(place);
        Person person = registry.register(details);
        feedbacks.send(person.getId(), FeedbackOutcome.VERIFIED, "");
        long id = feedbacks.sent(person.getId()).stream().filter(m -> m.addressee().equals(place)).findFirst()
                .orElseThrow().id();
        bridge.export(ReadReason.VERIFICATION);
        byte[] file = NationalFiles.write(NationalFormat.CSV, List.of(reply(id, BEIJIE.value(), place, "", replyText)));
        assertThat(nationalImport.importFrom(new ByteArrayInputStream(file), chinese()).updated()).isOne();
        return id;
    }

    @Test
    void aBulletinRowIsRefusedAtItsCategory() throws IOException {
        login("beijie.clerk", HomeView.class);
        String person = PersonFixtures.newIdNumber(LocalDate.of(1990, 3, 3), Sex.FEMALE);
        List<List<String>> rows = List.of(request(platformNumber(), "通报", XIHU_BEISHAN, "通报一行", person,
                Map.of(NationalColumn.SENT_ON, today.date().toString())));
        ImportResult result = nationalImport.importFrom(
                new ByteArrayInputStream(NationalFiles.write(NationalFormat.CSV, rows)), chinese());
        assertThat(result.rejected()).isOne();
        assertThat(marked(result.errorWorkbook()).get(2).get(NationalColumn.CATEGORY))
                .as("a partner's bulletin is recorded by hand under its agreement").startsWith("信息通报不经文件导入");
    }

    private List<String> request(String number, String category, String from, String name, String idNumber,
                                 Map<NationalColumn, String> more) {
        Map<NationalColumn, String> cells = new HashMap<>(Map.of(NationalColumn.PLATFORM_NUMBER, number,
                NationalColumn.CATEGORY, category, NationalColumn.SENDER_CODE, from,
                NationalColumn.ADDRESSEE_CODE, BEIJIE.value(), NationalColumn.NAME, name,
                NationalColumn.ID_NUMBER, idNumber));
        cells.putAll(more);
        return NationalFiles.row(cells);
    }

    private List<String> reply(long localNumber, String from, String to, String result, String text) {
        return NationalFiles.row(Map.of(NationalColumn.LOCAL_NUMBER, String.valueOf(localNumber),
                NationalColumn.CATEGORY, "答复", NationalColumn.SENDER_CODE, from, NationalColumn.ADDRESSEE_CODE, to,
                NationalColumn.RESULT, result, NationalColumn.ANSWER, text,
                NationalColumn.ANSWERED_ON, today.date().toString()));
    }

    private static Map<NationalColumn, String> with(Map<NationalColumn, String> cells, NationalColumn column,
                                                    String text) {
        Map<NationalColumn, String> changed = new HashMap<>(cells);
        changed.put(column, text);
        return changed;
    }

    /** The error workbook's marked cells: the original row number → each marked column's comment. */
    private static Map<Integer, Map<NationalColumn, String>> marked(byte[] errors) {
        Map<Integer, Map<NationalColumn, String>> marked = new TreeMap<>();
        int rowNumberColumn = NationalColumn.values().length + 1;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Map<NationalColumn, String> cells = new HashMap<>();
                for (NationalColumn column : NationalColumn.values()) {
                    Cell cell = row.getCell(column.ordinal());
                    if (cell != null && cell.getCellComment() != null) {
                        cells.put(column, cell.getCellComment().getString().getString());
                    }
                }
                marked.put((int) row.getCell(rowNumberColumn).getNumericCellValue(), cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marked;
    }

    private Message incoming(String platformNumber) {
        long id = asOwner().sql("select id from platform.exchange_message where national_number = ?")
                .param(platformNumber).query(Long.class).single();
        return exchange.incoming(id).orElseThrow();
    }

    private static String platformNumber() {
        return "QG" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }
}
