package cn.gongguan.outflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.outflow.RecheckResult;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.Today;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 每月排查 on screen: an officer's list on a phone, the township's progress and due day. */
class RecheckUiTest extends UiTest {

    @Autowired
    Today today;

    @Test
    void anOfficerGoesStraightToTheirListAndMarksAPersonWithABigButton() {
        login("chengguan.officer", RecheckView.class);
        RecheckListView list = _get(RecheckListView.class);
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
        login("chengguan.officer", RecheckView.class);
        RecheckListView list = _get(RecheckListView.class);
        _setValue(list.search, "不在名单");
        assertThat(list.search.isInvalid()).isTrue();
        assertThat(list.search.getErrorMessage()).startsWith("不在名单 不在本月排查名单上");
        assertThat(list.search.getValue()).isEqualTo("不在名单");
    }

    @Test
    void anOfficerSentToAnotherVillagesListIsShownTheirOwn() {
        login("chengguan.staff", RecheckView.class);
        long fanleng = rows(_get(RecheckView.class)).stream().filter(p -> p.orgUnitCode().equals("621227100201"))
                .findFirst().orElseThrow().listId();
        login("chengguan.officer", RecheckView.class);
        UI.getCurrent().navigate("recheck/" + fanleng);
        RecheckListView shown = _get(RecheckListView.class);
        assertThat(card(shown, "周红梅")).isNull();
        assertThat(card(shown, "赵海燕")).isNotNull();
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

    private static RecheckCard card(RecheckListView list, String name) {
        return list.cards.getChildren().filter(c -> c instanceof RecheckCard).map(c -> (RecheckCard) c)
                .filter(c -> c.entry().getPerson().getName().equals(name)).findFirst().orElse(null);
    }

    private static List<Rechecks.Progress> rows(RecheckView view) {
        return IntStream.range(0, GridKt._size(view.progress)).mapToObj(row -> GridKt._get(view.progress, row)).toList();
    }
}
