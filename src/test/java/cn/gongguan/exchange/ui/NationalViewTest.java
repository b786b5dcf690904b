package cn.gongguan.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.NationalBridge;
import cn.gongguan.exchange.NationalFormat;
import cn.gongguan.exchange.Origin;
import cn.gongguan.exchange.Urgency;
import cn.gongguan.exchange.OutboxState;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The national platform's page: the outbox as it stands, a batch exported for a reason, downloaded again. */
class NationalViewTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    Exchange exchange;

    @Test
    void aBatchIsExportedForAReasonAndTheBadgesSayWhereEachMessageStands() {
        login("beijie.clerk", HomeView.class);
        PersonDetails details = PersonFixtures.details("西湖来人", PersonFixtures.newIdNumber(LocalDate.of(1992, 2, 2),
                Sex.FEMALE));
        details.setRegistrationPlace("330106002");
        Person person = registry.register(details);
        feedbacks.send(person.getId(), FeedbackOutcome.VERIFIED, "");
        UI.getCurrent().navigate(NationalView.class);
        NationalView view = _get(NationalView.class);
        assertThat(badge(view, person)).isEqualTo("待导出");

        _click(view.export);
        NationalBatchDialog dialog = _get(NationalBatchDialog.class);
        _click(dialog.go);
        assertThat(dialog.reason.isInvalid()).as("no export without a reason").isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请选择查看事由");
        assertThat(dialog.file.isVisible()).isFalse();
        _setValue(dialog.reason, ReadReason.VERIFICATION);
        _click(dialog.go);
        assertThat(dialog.file.isVisible()).isTrue();
        int batch = view.batches.getListDataView().getItems().findFirst().orElseThrow().number();
        assertThat(dialog.done.getText()).isEqualTo("第 " + batch + " 批已导出，请下载文件后报送全国平台。");
        dialog.close();

        assertThat(badge(view, person)).isEqualTo("已导出（第 " + batch + " 批）");
        _setValue(view.state, OutboxState.WAITING);
        assertThat(rows(view.outbox)).extracting(Message::personName).doesNotContain("西湖来人");
        _setValue(view.state, OutboxState.EXPORTED);
        assertThat(rows(view.outbox)).extracting(Message::personName).contains("西湖来人");

        assertThat(view.batches.getListDataView().getItem(0).number()).isEqualTo(batch);
        _click((Button) GridKt._getCellComponent(view.batches, 0, "download"));
        NationalBatchDialog again = _get(NationalBatchDialog.class);
        _setValue(again.reason, ReadReason.VERIFICATION);
        _setValue(again.format, NationalFormat.CSV);
        _click(again.go);
        assertThat(again.file.isVisible()).isTrue();
        assertThat(asOwner().sql("""
                select count(*) from platform.audit_event where tenant_code = '621227100001'
                and action = 'NATIONAL_DOWNLOADED' and subject = ?""").param("exchange_batch:" + batch)
                .query(Integer.class).single()).as("each download of the file is audited").isEqualTo(2);
    }

    @Test
    void theDemoShowsAnAcknowledgedReplyAWaitingRequestAndAnIncomingOne() {
        login("chengguan.staff", NationalView.class);
        NationalView view = _get(NationalView.class);
        assertThat(badge(view, "黄丽娟")).isEqualTo("已确认");
        assertThat(badge(view, "周建华")).isEqualTo("待导出");
        assertThat(view.batches.getListDataView().getItems()).extracting(NationalBridge.Batch::number).contains(1);
        assertThat(exchange.list(Exchange.Box.INCOMING, Exchange.Filter.ALL, 0, 1000)).anySatisfy(m -> {
            assertThat(m.personName()).isEqualTo("杨静");
            assertThat(m.origin()).isEqualTo(Origin.NATIONAL);
            assertThat(m.urgency()).isEqualTo(Urgency.URGENT);
            assertThat(m.isAnswered()).isFalse();
        });

        long huang = asOwner().sql("select id from t_621227100.person where name = '黄丽娟'").query(Long.class).single();
        UI.getCurrent().navigate("persons/" + huang);
        assertThat(_get(HorizontalLayout.class, spec -> spec.withClasses("gg-message")).getElement()
                .getTextRecursively()).as("her checklist tells where the feedback stands too")
                .contains("已答复（广东省广州市天河区五山街道） · 已确认").doesNotContain("全国");
    }

    @Test
    void thePageSitsBelowTheExchangeAndOnlyTheExchangesReadersOpenIt() {
        login("chengguan.staff", HomeView.class);
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .filter(item -> item.getLabel().equals("五反馈（信息交换）")).findFirst().orElseThrow().getItems())
                .extracting(SideNavItem::getLabel).contains("全国平台交换");
        logout();
        login("chengguan.staff", NationalView.class);
        _click(_get(NationalView.class).importFile);
        assertThat(_get(NationalImportDialog.class).upload.getAcceptedFileTypes()).as("the platform's XLSX or CSV")
                .contains(".xlsx", ".csv");
        logout();
        login("chengguan.officer", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(NationalView.class)).hasMessageContaining("denied");
    }

    private static String badge(NationalView view, Person person) {
        return badge(view, person.getName());
    }

    private static String badge(NationalView view, String name) {
        List<Message> rows = rows(view.outbox);
        int row = IntStream.range(0, rows.size()).filter(i -> name.equals(rows.get(i).personName()))
                .findFirst().orElseThrow();
        return ((Span) GridKt._getCellComponent(view.outbox, row, "state")).getText();
    }

    private static List<Message> rows(Grid<Message> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
