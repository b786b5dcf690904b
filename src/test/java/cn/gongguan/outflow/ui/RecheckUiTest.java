package cn.gongguan.outflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.RecheckResult;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 每月排查 on screen: an officer's list on a phone, the township's progress and due day. */
class RecheckUiTest extends UiTest {

    private static final String XIANNONG = "621227100200";
    private static final String GROUP = XIANNONG + "001";

    @Autowired
    Today today;
    @Autowired
    Rechecks rechecks;

    @Test
    void anOfficerOpensTheirVillagesListAndMarksAPersonWithABigButton() {
        RecheckListView list = villageList();
        RecheckCard zhao = card(list, "赵海燕");
        long personId = zhao.entry().getPerson().getId();
        assertThat(_get(Span.class, spec -> spec.withId("recheck-state-" + personId)).getText()).isEqualTo("未排查");

        _setValue(zhao.note, "电话联系上，在天河区");
        _click(zhao.buttons.get(RecheckResult.STILL_AWAY));

        RecheckCard marked = card(_get(RecheckListView.class), "赵海燕");
        assertThat(_get(Span.class, spec -> spec.withId("recheck-state-" + personId)).getText())
                .startsWith("在外已联系 · chengguan.officer");
        assertThat(marked.note.getValue()).isEqualTo("电话联系上，在天河区");
    }

    @Test
    void aSearchForSomeoneNotOnTheListSaysSoAtTheField() {
        RecheckListView list = villageList();
        _setValue(list.search, "不在名单");
        assertThat(list.search.isInvalid()).isTrue();
        assertThat(list.search.getErrorMessage()).startsWith("不在名单 不在本月排查名单上");
        assertThat(list.search.getValue()).isEqualTo("不在名单");
    }

    @Test
    void anOfficerSentToAnotherVillagesListIsShownTheirOwnProgress() {
        login("chengguan.staff", RecheckView.class);
        long fanleng = rows(_get(RecheckView.class)).stream().filter(p -> p.orgUnitCode().equals("621227100201"))
                .findFirst().orElseThrow().listId();
        login("chengguan.officer", RecheckView.class);
        UI.getCurrent().navigate("recheck/" + fanleng);
        _assertNone(RecheckListView.class);
        assertThat(rows(_get(RecheckView.class))).extracting(Rechecks.Progress::orgUnitCode)
                .allMatch(unit -> unit.startsWith(XIANNONG));
    }

    @Test
    void aVillageOfficerSeesTheVillageAndItsGroupsAndOpensAGroupsListWithAWayBack() {
        login("chengguan.officer", RecheckView.class);
        RecheckView view = _get(RecheckView.class);
        List<Rechecks.Progress> rows = rows(view);
        assertThat(rows).extracting(Rechecks.Progress::orgUnitCode).contains(XIANNONG, GROUP)
                .allMatch(unit -> unit.startsWith(XIANNONG));
        int group = rows.stream().map(Rechecks.Progress::orgUnitCode).toList().indexOf(GROUP);
        assertThat(GridKt._getFormattedRow(view.progress, group).get(0)).isEqualTo("先农村委会 一组");

        GridKt._clickItem(view.progress, group);
        RecheckListView list = _get(RecheckListView.class);
        assertThat(_get(H2.class, spec -> spec.withText("先农村委会 一组 · " + today.month() + " 排查名单")))
                .isNotNull();
        assertThat(_get(list, Anchor.class, spec -> spec.withId("recheck-back")).getHref()).isEqualTo("recheck");
    }

    @Test
    void aGroupOfficerGoesStraightToTheGroupsListWithNoWayBack() {
        login("chengguan.group", HomeView.class);
        rechecks.addDiscovered(rechecks.ownList().orElseThrow().getId(), OutflowFixtures.person("组内外出", null),
                OutflowFixtures.trip(today.date().minusDays(3), OutflowFixtures.CHUNXILU));
        UI.getCurrent().navigate(RecheckView.class);
        RecheckListView list = _get(RecheckListView.class);
        assertThat(card(list, "组内外出")).isNotNull();
        assertThat(list.cards.getChildren().filter(c -> c instanceof RecheckCard).map(c -> (RecheckCard) c))
                .allMatch(c -> c.entry().getPerson().getOrgUnit().equals(GROUP));
        _assertNone(list, Anchor.class, spec -> spec.withId("recheck-back"));
    }

    @Test
    void theTownshipSeesEachVillagesProgressAndOpensAList() {
        login("chengguan.staff", RecheckView.class);
        RecheckView view = _get(RecheckView.class);
        _assertNone(view, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("recheck-settings"));
        List<Rechecks.Progress> rows = rows(view);
        assertThat(rows).extracting(Rechecks.Progress::orgUnitCode).contains("621227100200", "621227100201");
        Rechecks.Progress xiannong = rows.stream().filter(p -> p.orgUnitCode().equals("621227100200"))
                .findFirst().orElseThrow();
        assertThat(xiannong.marked()).isPositive();
        assertThat(GridKt._getFormattedRow(view.progress, rows.indexOf(xiannong)).get(0)).isEqualTo("先农村委会");
        assertThat(GridKt._size(view.findings)).isPositive();

        UI.getCurrent().navigate("recheck/" + xiannong.listId());
        assertThat(_get(RecheckListView.class).cards.getChildren()
                .filter(c -> c instanceof RecheckCard).count()).isEqualTo(xiannong.onList());
    }

    @Test
    void theAdminSetsTheDueDayAndAWrongDayIsToldAtTheField() {
        login("chengguan.admin", RecheckView.class);
        RecheckView view = _get(RecheckView.class);
        _click(view.settings);
        DueDayDialog dialog = _get(DueDayDialog.class);
        _setValue(dialog.dueDay, 40);
        _click(dialog.save);
        assertThat(dialog.dueDay.getErrorMessage()).isEqualTo("请输入 1 到 31 之间的日期");
        _setValue(dialog.dueDay, 25);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
    }

    /** The village officer's own list, opened from the progress of the village and its groups. */
    private RecheckListView villageList() {
        login("chengguan.officer", RecheckView.class);
        RecheckView view = _get(RecheckView.class);
        GridKt._clickItem(view.progress, rows(view).stream().map(Rechecks.Progress::orgUnitCode).toList()
                .indexOf(XIANNONG));
        return _get(RecheckListView.class);
    }

    private static RecheckCard card(RecheckListView list, String name) {
        return list.cards.getChildren().filter(c -> c instanceof RecheckCard).map(c -> (RecheckCard) c)
                .filter(c -> c.entry().getPerson().getName().equals(name)).findFirst().orElse(null);
    }

    private static List<Rechecks.Progress> rows(RecheckView view) {
        return IntStream.range(0, GridKt._size(view.progress)).mapToObj(row -> GridKt._get(view.progress, row)).toList();
    }

    @Test
    void aPersonOutOfContactIsAskedAboutAtTheTripsDestinationFromTheFinding() {
        login("chengguan.group", HomeView.class);
        long listId = rechecks.ownList().orElseThrow().getId();
        rechecks.addDiscovered(listId, OutflowFixtures.person("失联协查", null),
                OutflowFixtures.trip(today.date().minusDays(20), OutflowFixtures.CHUNXILU));
        var entry = rechecks.entries(listId, "失联协查", org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
        rechecks.mark(listId, entry.getPerson().getId(), entry.getVersion(), RecheckResult.CONTACT_LOST, "电话停机", null);
        String idNumber = entry.getPerson().getIdNumber().value();
        logout();

        login("chengguan.staff", RecheckView.class);
        RecheckView view = _get(RecheckView.class);
        int row = IntStream.range(0, GridKt._size(view.findings))
                .filter(i -> GridKt._get(view.findings, i).getPerson().getName().equals("失联协查")).findFirst()
                .orElseThrow();
        var finding = GridKt._get(view.findings, row);
        _click(_get(GridKt._getCellComponent(view.findings, row, "actions"), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("ask-finding-" + finding.getId())));
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("ask-name")).getValue())
                .isEqualTo("失联协查");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("ask-id-number"))
                .getValue()).isEqualTo(idNumber);
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("ask-addressee"))
                .getValue()).isEqualTo(OutflowFixtures.CHUNXILU);
        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("ask-topic")),
                cn.gongguan.exchange.VerificationTopic.RESIDENCE);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("save-ask")));
        assertThat(IntStream.range(0, GridKt._size(view.findings)).mapToObj(i -> GridKt._get(view.findings, i).getId()))
                .as("the finding's work is done").doesNotContain(finding.getId());
        assertThat(rechecks.openFindings(org.springframework.data.domain.PageRequest.of(0, 1000)))
                .extracting(f -> f.getId()).doesNotContain(finding.getId());
    }
}
