package cn.gongguan.governance.ui;

import static cn.gongguan.governance.ui.GovernanceUiTest.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county's page of its townships' governance groups: each township's state without a member's name or phone,
 * and a township's supervision visits, where the county records one.
 */
class GovernanceTownshipsUiTest extends UiTest {

    @Autowired
    Today today;

    @Test
    void theCountySeesEachTownshipsStateButNoMember() {
        login("county.governance", GovernanceTownshipsView.class);
        String shown = text(_get(GovernanceTownshipsView.class).grid);
        assertThat(shown).contains("城关镇", "伏家镇", "公安派出所", "市场监督管理", "第 ");
        assertThat(shown).as("no personal data of the members")
                .doesNotContain("赵志刚", "钱海涛", "郑国强", "13909390101", "0939-7512345", "城关镇 " + "组长");
        assertThat(_get(GovernanceTownshipsView.class).getElement().getTextRecursively())
                .doesNotContain("赵志刚", "郑国强");
    }

    @Test
    void theCountyRecordsAVisitOfATownship() {
        login("county.admin", GovernanceTownshipsView.class);
        UI.getCurrent().navigate(SupervisionView.class, new RouteParameters(SupervisionView.CODE, "621227100"));
        SupervisionView view = _get(SupervisionView.class);
        assertThat(view.title.getText()).isEqualTo("城关镇 的督导检查");
        int before = GridKt._size(view.grid);
        _click(view.record);
        SupervisionDialog dialog = _get(SupervisionDialog.class);
        _setValue(dialog.findings, "界面督导发现的问题");
        _setValue(dialog.rectification, "界面督导的整改要求");
        _setValue(dialog.rectifyBy, today.date().minusDays(1));
        _click(dialog.save);
        assertThat(dialog.rectifyBy.getErrorMessage()).isEqualTo("整改期限不能早于检查日期");
        _setValue(dialog.rectifyBy, today.date().plusDays(15));
        _click(dialog.save);
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        assertThat(text(view.grid)).contains("界面督导发现的问题", "待整改");
    }

    @Test
    void aTownshipOutsideTheCountyLeadsBackToTheList() {
        login("county.admin", HomeView.class);
        UI.getCurrent().navigate(SupervisionView.class, new RouteParameters(SupervisionView.CODE, "629970100"));
        assertThat(_get(GovernanceTownshipsView.class)).isNotNull();
        UI.getCurrent().navigate(SupervisionView.class, new RouteParameters(SupervisionView.CODE, "621227100001"));
        assertThat(_get(GovernanceTownshipsView.class)).isNotNull();
        logout();
        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(GovernanceTownshipsView.class))
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SupervisionView.class,
                new RouteParameters(SupervisionView.CODE, "621227100"))).hasMessageContaining("denied");
    }
}
