package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Listed;
import cn.gongguan.governance.OperationState;
import cn.gongguan.ui.HomeView;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's joint operations: one closed with its summary, one running in two townships naming two liaisons, a draft. */
class OperationDemoTest extends UiTest {

    @Autowired
    JointOperations operations;

    @Test
    void theCountyHasAClosedARunningAndADraftOperationWithTwoLiaisons() {
        assertThat(asOwner().sql("select username, department from platform.app_user where role = 'LIAISON'"
                        + " and tenant_code = '621227' and username in ('county.police', 'county.market')")
                .query((rs, row) -> rs.getString(1) + "=" + rs.getString(2)).list())
                .containsExactlyInAnyOrder("county.police=POLICE", "county.market=MARKET");

        login("county.governance", HomeView.class);
        Map<String, Listed> byTitle = operations.list().stream()
                .collect(Collectors.toMap(l -> l.operation().title(), l -> l, (a, b) -> a));
        Listed winter = byTitle.get(OperationDemo.WINTER);
        assertThat(winter.operation().state()).isEqualTo(OperationState.PUBLISHED);
        assertThat(operations.progress(winter.operation().id()).townships())
                .extracting(JointOperations.TownshipProgress::name).containsExactly("城关镇", "伏家镇");
        assertThat(operations.planOf(winter.operation().id()).liaisons()).hasSize(2);
        assertThat(byTitle.get("春季城中村和建筑工地联合清理").operation().summary()).isNotBlank();
        assertThat(byTitle.values()).extracting(l -> l.operation().state())
                .contains(OperationState.DRAFT, OperationState.CLOSED);

        login("county.market", HomeView.class);
        assertThat(operations.list()).extracting(l -> l.operation().title()).contains(OperationDemo.WINTER)
                .doesNotContain("春季城中村和建筑工地联合清理", "春节前出租房屋专项清理");
    }
}
