package cn.gongguan.outflow.ui;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.ui.PersonView;
import cn.gongguan.outflow.IncentiveKind;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowImport;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.ImportFiles;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Incentives on the person's page, the outflow list import, and the figures on the home pages, on screen. */
class FiguresUiTest extends UiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    OutflowTrips trips;
    @Autowired
    OutflowImport outflowImport;
    @Autowired
    Translations translations;
    @Autowired
    Today today;

    @Test
    void theTownshipRecordsAnIncentiveAndAMissingAmountIsToldAtItsFieldKeepingTheNote() {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(30);
        OutflowTrip trip = trips.depart(OutflowFixtures.person("激励界面", "621227100200"),
                new TripDetails(left, CHUNXILU, null, null, null, true, "本人", left.plusDays(2)), TripSource.TOWNSHIP);
        UI.getCurrent().navigate("persons/" + trip.getPerson().getId());
        _get(PersonView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("incentive-late-hint")).getText())
                .contains("登记不及时");

        _click(_get(Button.class, spec -> spec.withId("give-incentive")));
        IncentiveDialog dialog = _get(IncentiveDialog.class);
        assertThat(dialog.amount.isVisible()).as("no amount before a reimbursement is chosen").isFalse();
        _setValue(dialog.kind, IncentiveKind.PREGNANCY_CHECK);
        _setValue(dialog.note, "县医院孕检");
        _click(dialog.save);
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("报销须填写金额");
        assertThat(dialog.note.getValue()).isEqualTo("县医院孕检");

        _setValue(dialog.amount, new BigDecimal("120.00"));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        _get(PersonView.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("incentives")).getElement()
                .getTextRecursively()).contains("报销孕检费用", "120.00 元", "县医院孕检");
    }

    @Test
    void anOfficerSeesNeitherIncentivesNorTheImport() {
        login("chengguan.staff", HomeView.class);
        OutflowTrip trip = trips.depart(OutflowFixtures.person("信息员看", "621227100200"),
                OutflowFixtures.trip(today.date().minusDays(3), CHUNXILU), TripSource.TOWNSHIP);
        login("chengguan.officer", OutflowView.class);
        assertThat(_get(OutflowView.class).importList.isVisible()).isFalse();
        UI.getCurrent().navigate("persons/" + trip.getPerson().getId());
        _get(PersonView.class);
        _assertNone(Button.class, spec -> spec.withId("give-incentive"));
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("incentives"));
    }

    @Test
    void theTownshipImportsItsListFromTheOutflowPage() throws Exception {
        login("chengguan.staff", OutflowView.class);
        LocalDate left = today.date().minusDays(12);
        byte[] file = ImportFiles.workbook(outflowImport, chinese(), List.of(List.of(
                PersonFixtures.newIdNumber(LocalDate.of(1991, 1, 2), Sex.FEMALE), "界面导入", "", "先农村委会", "",
                left.toString(), "510104018", "", "", "", "否", "本人", left.toString(), "")));
        _click(_get(OutflowView.class).importList);
        OutflowImportDialog dialog = _get(OutflowImportDialog.class);

        UploadKt._upload(dialog.upload, "outflow.xlsx", XLSX, file);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!dialog.result.isVisible() && Instant.now().isBefore(deadline)) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(50);
        }
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.result.getText()).isEqualTo("新登记外出 1 次，返回注销 0 次，0 次此前已登记，0 行有错误");
        assertThat(dialog.errors.isVisible()).isFalse();
    }

    @Test
    void theTownshipHomeShowsEachVillagesFiguresAndTheTownshipTotal() {
        login("chengguan.staff", HomeView.class);
        var grid = (FiguresGrid) _get(FiguresGrid.class, spec -> spec.withId("outflow-village-figures"));
        List<String> units = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormatted(grid, row,
                "unit")).toList();
        assertThat(units).contains("先农村委会", "乡镇合计");
        int total = units.indexOf("乡镇合计");
        assertThat(GridKt._getFormatted(grid, total, "away")).matches("\\d+");
        assertThat(GridKt._getFormatted(grid, units.indexOf("先农村委会"), "away")).matches("[1-9]\\d*");
    }

    @Test
    void aVillageRowShowsItsReCheckAndSixOnesCompletion() {
        login("chengguan.staff", HomeView.class);
        var grid = (FiguresGrid) _get(FiguresGrid.class, spec -> spec.withId("outflow-village-figures"));
        List<String> units = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormatted(grid, row,
                "unit")).toList();
        // the demo's 先农村 has persons away on this month's list, and their six ones counted
        int xiannong = units.indexOf("先农村委会");
        assertThat(GridKt._getFormatted(grid, xiannong, "recheck")).matches("\\d+%");
        assertThat(GridKt._getFormatted(grid, xiannong, "sixOnes")).matches("\\d+%");
    }

    @Test
    void theCountyHomeShowsEachTownshipFromTheRollupsAndADashWhereARateHasNothingToCount() {
        login("county.admin", HomeView.class);
        var grid = (FiguresGrid) _get(FiguresGrid.class, spec -> spec.withId("county-outflow-grid"));
        List<String> townships = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormatted(grid,
                row, "unit")).toList();
        int chengguan = townships.indexOf("城关镇");
        assertThat(GridKt._getFormatted(grid, chengguan, "away")).matches("[1-9]\\d*");
        // 江洛镇 declares no trips in the demo: the daily re-check run counts its month all the same, nobody away,
        // and a rate of nothing is not pretended to be 0%
        int none = townships.indexOf("江洛镇");
        assertThat(none).isNotNegative();
        assertThat(GridKt._getFormattedRow(grid, none).subList(1, 8))
                .containsExactly("0", "0", "—", "—", "—", "—", "0");
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }
}
