package cn.gongguan.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.Places;
import cn.gongguan.exchange.VerificationResult;
import cn.gongguan.exchange.VerificationTopic;
import cn.gongguan.exchange.Urgency;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The exchange's screens: a verification request's thread, a notice's receipts, the county's escalations. */
class ExchangeUiTest extends UiTest {

    private static final String FUJIA = "621227101";

    @Autowired
    Exchange exchange;
    @Autowired
    Places places;
    @Autowired
    Today today;

    private static String idNumber(int day) {
        return PersonFixtures.newIdNumber(LocalDate.of(1988, 6, day), Sex.MALE);
    }

    private Message row(ExchangeView view, long id) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private ThreadDialog open(ExchangeView view, long id) {
        int index = IntStream.range(0, GridKt._size(view.grid)).filter(i -> GridKt._get(view.grid, i).id() == id)
                .findFirst().orElseThrow();
        GridKt._clickItem(view.grid, index);
        return _get(ThreadDialog.class);
    }

    private String notice(ThreadDialog dialog) {
        return _get(dialog, Div.class, spec -> spec.withId("form-notice")).getElement().getTextRecursively();
    }

    @Test
    void aVerificationRequestIsAskedAnsweredFollowedUpAndClosedWithNothingTypedLost() {
        login("chengguan.staff", ExchangeView.class);
        ExchangeView view = _get(ExchangeView.class);
        _click(view.ask);
        AskDialog ask = _get(AskDialog.class);
        _setValue(ask.idNumber, "621227198806010010");
        _setValue(ask.personName, "协查旅程");
        _setValue(ask.addressee, FUJIA);
        _setValue(ask.topic, VerificationTopic.RESIDENCE);
        _setValue(ask.urgency, Urgency.URGENT);
        _setValue(ask.note, "是否仍在伏家镇居住");
        _click(ask.save);
        assertThat(ask.isOpened()).isTrue();
        assertThat(ask.idNumber.isInvalid()).as("refused at the ID number (GB 11643)").isTrue();
        assertThat(ask.personName.getValue()).isEqualTo("协查旅程");
        assertThat(ask.note.getValue()).isEqualTo("是否仍在伏家镇居住");
        _setValue(ask.idNumber, idNumber(1));
        _click(ask.save);
        assertThat(ask.isOpened()).isFalse();
        view.tabs.setSelectedTab(view.sent);
        long id = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(m -> "协查旅程".equals(m.personName())).findFirst().orElseThrow().id();
        assertThat(GridKt._getFormattedRow(view.grid, IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> GridKt._get(view.grid, i).id() == id).findFirst().orElseThrow()))
                .contains("协查", "伏家镇").doesNotContain(idNumber(1));
        logout();

        login("fujia.staff", ExchangeView.class);
        assertThat(_get(Span.class, spec -> spec.withId("menu-count-exchange")).getText()).matches("[1-9][0-9]*");
        ExchangeView inbox = _get(ExchangeView.class);
        ThreadDialog answering = open(inbox, id);
        assertThat(answering.mode).isEqualTo(ThreadDialog.Mode.ANSWER);
        _setValue(answering.answer, "仍在本镇居住，住李尧村");
        _click(answering.save);
        assertThat(answering.result.isInvalid()).as("a verification request is answered with a result").isTrue();
        assertThat(answering.answer.getValue()).isEqualTo("仍在本镇居住，住李尧村");
        _setValue(answering.result, VerificationResult.CONFIRMED);
        exchange.answer(id, VerificationResult.DIFFERS, "另一窗口先答");
        _click(answering.save);
        assertThat(notice(answering)).as("who answered meanwhile").contains("fujia.staff 已于");
        assertThat(answering.answer.getValue()).as("nothing typed is lost").isEqualTo("仍在本镇居住，住李尧村");
        _click(_get(answering, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(answering.getElement().getTextRecursively()).contains("已答复（fujia.staff）", "结果：情况不符");
        assertThat(answering.save.isVisible()).isFalse();
        answering.close();
        logout();

        login("chengguan.staff", ExchangeView.class);
        ExchangeView asking = _get(ExchangeView.class);
        asking.tabs.setSelectedTab(asking.sent);
        ThreadDialog following = open(asking, id);
        assertThat(following.mode).isEqualTo(ThreadDialog.Mode.FOLLOW_UP);
        _setValue(following.followUp, "请提供门牌号");
        _click(following.save);
        assertThat(following.isOpened()).isFalse();
        logout();

        login("fujia.staff", ExchangeView.class);
        long followUp = exchange.thread(id).getLast().id();
        ThreadDialog second = open(_get(ExchangeView.class), followUp);
        assertThat(second.getElement().getTextRecursively()).contains("提问", "追问", "已答复（fujia.staff）");
        _setValue(second.result, VerificationResult.OTHER);
        _setValue(second.answer, "李尧村三组 12 号");
        _click(second.save);
        assertThat(second.isOpened()).isFalse();
        logout();

        login("chengguan.staff", ExchangeView.class);
        ExchangeView closingView = _get(ExchangeView.class);
        closingView.tabs.setSelectedTab(closingView.sent);
        ThreadDialog closing = open(closingView, id);
        _click(closing.close);
        assertThat(closing.isOpened()).isFalse();
        ThreadDialog closed = open(closingView, id);
        assertThat(closed.mode).isEqualTo(ThreadDialog.Mode.VIEW);
        assertThat(_get(closed, Paragraph.class, spec -> spec.withId("thread-closed")).getText())
                .contains("chengguan.staff");
    }

    @Test
    void aCountyNoticeIsMarkedReadWhenOpenedAndItsSenderSeesTheReceipts() {
        login("county.admin", ExchangeView.class);
        ExchangeView view = _get(ExchangeView.class);
        assertThat(view.ask.isVisible()).as("the county asks nobody").isFalse();
        _click(view.notice);
        NoticeDialog dialog = _get(NoticeDialog.class);
        _setValue(dialog.title, "关于国庆期间流动人口服务的通报");
        _click(dialog.save);
        assertThat(dialog.units.isInvalid()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("关于国庆期间流动人口服务的通报");
        _setValue(dialog.text, "各乡镇做好节日期间的服务管理。");
        _setValue(dialog.all, true);
        assertThat(dialog.units.getValue()).extracting(t -> t.code().value()).contains("621227100", FUJIA);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        Message sent = GridKt._get(view.grid, IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> "关于国庆期间流动人口服务的通报".equals(GridKt._get(view.grid, i).title())).findFirst()
                .orElseThrow());
        logout();

        login("fujia.staff", ExchangeView.class);
        ExchangeView inbox = _get(ExchangeView.class);
        _setValue(inbox.kind, MessageKind.NOTICE);
        Message mine = IntStream.range(0, GridKt._size(inbox.grid)).mapToObj(i -> GridKt._get(inbox.grid, i))
                .filter(m -> m.thread() == sent.id()).findFirst().orElseThrow();
        ThreadDialog reading = open(inbox, mine.id());
        assertThat(reading.getElement().getTextRecursively()).contains("各乡镇做好节日期间的服务管理。");
        assertThat(reading.mode).isEqualTo(ThreadDialog.Mode.VIEW);
        assertThat(exchange.incoming(mine.id()).orElseThrow().readBy()).isEqualTo("fujia.staff");
        logout();

        login("county.admin", ExchangeView.class);
        ExchangeView sentView = _get(ExchangeView.class);
        sentView.tabs.setSelectedTab(sentView.sent);
        ThreadDialog receipts = open(sentView, sent.id());
        String text = _get(receipts, Div.class, spec -> spec.withId("notice-receipts")).getElement().getTextRecursively();
        assertThat(text).contains("伏家镇：fujia.staff 于", "城关镇：未阅");
    }

    @Test
    void theCountySeesWhoIsLateButNotAboutWhom() {
        String number = idNumber(3);
        long id = ((Number) sqlAsTenant(TenantCode.of("621227100"), """
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    outcome, sent_by, sent_at, due_on, due_provisional, escalate_on)
                values ('FEEDBACK', '621227100', '621227101', '逾期隐私', '%s', 'VERIFIED', 'test',
                        now() - interval '30 days', current_date - 20, false, current_date - 15) returning id"""
                .formatted(number)).getFirst()).longValue();
        login("county.governance", EscalationsView.class);
        EscalationsView view = _get(EscalationsView.class);
        String page = view.getElement().getTextRecursively() + IntStream.range(0, GridKt._size(view.items))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(view.items, i))).reduce("", String::concat);
        assertThat(page).contains("伏家镇", String.valueOf(id)).doesNotContain("逾期隐私", number);
        logout();

        login("fujia.admin", HomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("exchange-overdue-home")).getElement().getTextRecursively())
                .contains("已上报县级");
        logout();
        login("fujia.staff", HomeView.class);
        _assertNone(Div.class, spec -> spec.withId("exchange-overdue-home"));
        assertThatThrownBy(() -> UI.getCurrent().navigate(EscalationsView.class)).hasMessageContaining("Access is denied");
        logout();
        login("fujia.officer", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ExchangeView.class)).hasMessageContaining("Access is denied");
    }

    @Test
    void theCountysSystemAdministratorSetsTheTimeLimitsAtTheField() {
        login("county.sysadmin", TimeLimitsView.class);
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("limit-days-priority"));
        _setValue(days, 0);
        _click(_get(Button.class, spec -> spec.withId("limit-save-priority")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("请输入 1 到 365 之间的天数");
        _setValue(days, Urgency.PRIORITY.defaultDays());
        _click(_get(Button.class, spec -> spec.withId("limit-save-priority")));
        assertThat(days.isInvalid()).isFalse();
        logout();
        login("chengguan.sysadmin", TimeLimitsView.class);
        assertThat(_get(TimeLimitsView.class).getElement().getTextRecursively()).contains("县级系统管理员");
        assertThat(_find(IntegerField.class)).isEmpty();
    }

    @Test
    void theExportHoldsWhatTheListShowsWithMaskedIdNumbersAndAThirdUnitSeesNone() throws Exception {
        String number = idNumber(4);
        login("chengguan.staff", ExchangeView.class);
        long id = exchange.ask(FUJIA, "导出协查", number, VerificationTopic.CERTIFICATE, Urgency.NORMAL, "核实证明真伪");
        logout();
        login("fujia.staff", ExchangeView.class);
        ExchangeView inbox = _get(ExchangeView.class);
        _setValue(inbox.kind, MessageKind.VERIFICATION);
        var out = new ByteArrayOutputStream();
        new InboxWorkbook(exchange, places, today.date(), (key, args) -> UI.getCurrent().getTranslation(key, args))
                .write(inbox.box(), inbox.filter(), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("人员／标题");
            assertThat(sheet.getLastRowNum()).isEqualTo(exchange.count(Exchange.Box.INCOMING, inbox.filter()));
            StringBuilder cells = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> cells.append(cell.getStringCellValue()).append('|')));
            assertThat(cells.toString()).contains("导出协查", number.substring(0, 4) + "**********")
                    .doesNotContain(number).doesNotContain("核实证明真伪").doesNotContain("通报");
        }
        logout();
        login("beijie.clerk", ExchangeView.class);
        ExchangeView third = _get(ExchangeView.class);
        assertThat(IntStream.range(0, GridKt._size(third.grid)).mapToObj(i -> GridKt._get(third.grid, i).id()))
                .doesNotContain(id);
        third.tabs.setSelectedTab(third.sent);
        assertThat(IntStream.range(0, GridKt._size(third.grid)).mapToObj(i -> GridKt._get(third.grid, i).id()))
                .doesNotContain(id);
    }
}
