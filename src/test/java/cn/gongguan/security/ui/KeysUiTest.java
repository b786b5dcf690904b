package cn.gongguan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** The key page: the county's system administrator sees the key version and the re-seal; no one else does. */
class KeysUiTest extends UiTest {

    @Test
    void theCountysSystemAdministratorSeesTheKeyVersionAndNoEmptyProgressWhenNoRotationRuns() {
        login("county.sysadmin", KeysView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("keys-state")).getText())
                .isEqualTo("敏感个人信息目前以第 1 版密钥加密，没有正在进行的密钥轮换。");
        _assertNone(Grid.class, spec -> spec.withId("reseal-progress"));
    }

    @Test
    void aTownshipsSystemAdministratorIsToldTheKeysBelongToTheCounty() {
        login("chengguan.sysadmin", KeysView.class);
        _get(Paragraph.class, spec -> spec.withText("加密密钥属于整个系统，由县级系统管理员查看。"));
        _assertNone(Grid.class);
    }

    @Test
    void noOtherRoleMayOpenIt() {
        login("county.auditor", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(KeysView.class)).hasMessageContaining("Access is denied");
    }
}
