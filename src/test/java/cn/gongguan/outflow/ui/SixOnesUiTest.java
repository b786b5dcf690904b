package cn.gongguan.outflow.ui;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.uikit.ChecklistCard;
import cn.gongguan.uikit.LocalePreference;
import cn.gongguan.uikit.Translations;
import cn.gongguan.fivestep.ui.PersonView;
import cn.gongguan.outflow.OutflowFilter;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.outflow.sixones.ContraceptiveMethod;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.outflow.sixones.ManagementContracts;
import cn.gongguan.outflow.sixones.HealthServiceKind;
import cn.gongguan.outflow.sixones.ServicePlace;
import cn.gongguan.platform.Today;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The six ones on screen: the checklist on the person's page and its actions, the pages, the printouts. */
class SixOnesUiTest extends UiTest {

    private static final String XIANNONG = "621227100200";

    @Autowired
    OutflowTrips trips;
    @Autowired
    FpAssociations associations;
    @Autowired
    ManagementContracts contracts;
    @Autowired
    Today today;

    private long openPersonAway(String name, String user) {
        login("chengguan.staff", HomeView.class);
        long id = trips.depart(OutflowFixtures.person(name, XIANNONG),
                OutflowFixtures.trip(today.date().minusDays(3), CHUNXILU), TripSource.TOWNSHIP).getPerson().getId();
        login(user, HomeView.class);
        UI.getCurrent().navigate("persons/" + id);
        _get(PersonView.class);
        return id;
    }

    private static String state(String one) {
        return _get(ChecklistCard.class, spec -> spec.withId("six-one-" + one)).state.getText();
    }

    @Test
    void aContractSignedBeforeTheAssociationIsToldAtTheDayKeepingTheRestThenTheCardIsDone() {
        openPersonAway("签合同", "chengguan.staff");
        assertThat(state("contract")).isEqualTo("未完成");
        assertThat(state("address")).contains("完成");
        _click(_get(Button.class, spec -> spec.withId("record-contract")));
        ContractDialog dialog = _get(ContractDialog.class);
        assertThat(dialog.association.getValue().getOrgUnit()).isEqualTo(XIANNONG);
        _setValue(dialog.signedOn, dialog.association.getValue().getFoundedOn().minusDays(1));
        _setValue(dialog.obligations, "只按时报告");
        _click(dialog.save);
        assertThat(dialog.signedOn.getErrorMessage()).startsWith("签订日期不能早于先农村计划生育协会的成立日期");
        assertThat(dialog.obligations.getValue()).isEqualTo("只按时报告");

        _setValue(dialog.signedOn, today.date());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(state("contract")).contains("chengguan.staff");
        _get(Button.class, spec -> spec.withId("edit-contract"));
    }

    @Test
    void theCertificateTheServiceAndTheMeasureAreRecordedFromTheirCards() {
        openPersonAway("三卡片", "chengguan.staff");
        _click(_get(Button.class, spec -> spec.withId("issue-certificate")));
        CertificateDialog certificate = _get(CertificateDialog.class);
        _setValue(certificate.number, "UI-" + System.identityHashCode(certificate));
        _click(certificate.save);
        assertThat(state("certificate")).contains("完成");

        _click(_get(Button.class, spec -> spec.withId("record-health-service")));
        HealthServiceDialog service = _get(HealthServiceDialog.class);
        _click(service.save);
        assertThat(service.services.getErrorMessage()).isEqualTo("请至少选择一项服务内容");
        service.services.setValue(Set.of(HealthServiceKind.CONTRACEPTION_CHECK));
        _setValue(service.where, ServicePlace.DESTINATION);
        _setValue(service.place, "东湖街道社区卫生服务中心");
        _click(service.save);
        assertThat(state("health_service")).contains("完成");

        _click(_get(Button.class, spec -> spec.withId("open-measure-dialog")));
        MeasureDialog measure = _get(MeasureDialog.class);
        assertThat(measure.method.isVisible()).isFalse();
        _click(measure.openSensitive);
        assertThat(measure.reason.getErrorMessage()).isNotEmpty();
        _setValue(measure.reason, ReadReason.SERVICE);
        _click(measure.openSensitive);
        _setValue(measure.method, ContraceptiveMethod.IUD);
        _click(measure.save);
        assertThat(state("measure")).startsWith("已登记");
    }

    @Test
    void anOfficerSeesTheChecklistReadOnlyAndOnlyThatAMeasureIsRecorded() {
        openPersonAway("村官只读", "chengguan.officer");
        _get(ChecklistCard.class, spec -> spec.withId("six-one-measure"));
        _assertNone(Button.class, spec -> spec.withId("record-contract"));
        _assertNone(Button.class, spec -> spec.withId("issue-certificate"));
        _assertNone(Button.class, spec -> spec.withId("open-measure-dialog"));
        _get(Paragraph.class, spec -> spec.withText("未登记"));
        _get(Button.class, spec -> spec.withId("record-health-service"));
    }

    @Test
    void theContactCardPrintsWhereThePersonLivesAndTheTownshipsContact() {
        long id = openPersonAway("联系卡", "chengguan.staff");
        UI.getCurrent().navigate("outflow/print/card/" + id);
        SixOnesPrintView view = _get(SixOnesPrintView.class);
        String text = view.document.getElement().getTextRecursively();
        assertThat(text).contains("联系卡", "春熙路 8 号", "13800001234", "先农村计划生育协会");
    }

    @Test
    void inEnglishTheSixOnesPageAndTheContractCarryNoChinesePunctuation() {
        login("chengguan.staff", HomeView.class);
        long zhao = trips.list(new OutflowFilter("赵海燕", null, true), PageRequest.of(0, 1)).getFirst().getPerson()
                .getId();
        long contract = contracts.of(zhao).getFirst().getId();
        LocalePreference.switchTo(Translations.ENGLISH);

        UI.getCurrent().navigate(SixOnesView.class);
        List<String> first = GridKt._getFormattedRow(_get(SixOnesView.class).villages, 0);
        assertThat(first).anyMatch(cell -> cell.matches("\\d+ \\(\\d+%\\)")).noneMatch(cell -> cell.contains("（"));

        UI.getCurrent().navigate("outflow/print/contract/" + contract);
        String text = _get(SixOnesPrintView.class).document.getElement().getTextRecursively();
        assertThat(text).contains("Party A: 先农村计划生育协会 (", "Party B: 赵海燕, ID number ")
                .doesNotContain("（", "，");
    }

    @Test
    void theSixOnesPageShowsEachVillageAndTheTownshipAndAnOfficerOnlyTheirVillage() {
        login("chengguan.staff", SixOnesView.class);
        List<String> villages = rows(_get(SixOnesView.class).villages).stream().map(c -> String.valueOf(c.orgUnit()))
                .toList();
        assertThat(villages).contains(XIANNONG, "621227100201", "null");
        logout();
        login("chengguan.officer", SixOnesView.class);
        assertThat(rows(_get(SixOnesView.class).villages)).extracting(c -> c.orgUnit())
                .containsExactly(XIANNONG, null);
    }

    @Test
    void aPersonOfAGroupIsShownWithTheGroupsVillage() {
        login("chengguan.staff", HomeView.class);
        trips.depart(OutflowFixtures.person("组里六一", XIANNONG + "001"),
                OutflowFixtures.trip(today.date().minusDays(3), CHUNXILU), TripSource.TOWNSHIP);
        UI.getCurrent().navigate(SixOnesView.class);
        SixOnesView sixOnes = _get(SixOnesView.class);
        int row = rows(sixOnes.persons).stream().map(p -> p.name()).toList().indexOf("组里六一");
        assertThat(GridKt._getFormattedRow(sixOnes.persons, row).get(1)).isEqualTo("先农村委会 一组");

        UI.getCurrent().navigate(HealthServicesDueView.class);
        HealthServicesDueView due = _get(HealthServicesDueView.class);
        row = rows(due.grid).stream().map(d -> d.name()).toList().indexOf("组里六一");
        assertThat(GridKt._getFormattedRow(due.grid, row).get(1)).isEqualTo("先农村委会 一组");
        assertThat(ComboBoxKt.getSuggestions(due.village)).contains("先农村委会", "先农村委会 一组");
    }

    @Test
    void theDueListHighlightsTheDemoPersonWhoMissedLastQuarter() {
        login("chengguan.staff", HealthServicesDueView.class);
        HealthServicesDueView view = _get(HealthServicesDueView.class);
        assertThat(rows(view.grid)).anyMatch(d -> d.name().equals("吴丽") && d.overdue());
    }

    @Test
    void onlyTheAdministratorAddsAnAssociationAndTheRegisterFindsACertificateByHolder() {
        login("chengguan.staff", AssociationsView.class);
        assertThat(_get(AssociationsView.class).add.isVisible()).isFalse();
        logout();
        login("chengguan.admin", AssociationsView.class);
        assertThat(_get(AssociationsView.class).add.isVisible()).isTrue();
        assertThat(rows(_get(AssociationsView.class).grid)).extracting(a -> a.getOrgUnit())
                .contains(XIANNONG, "621227100201");
        UI.getCurrent().navigate(CertificatesView.class);
        CertificatesView register = _get(CertificatesView.class);
        _setValue(register.search, "赵海燕");
        assertThat(rows(register.grid)).extracting(c -> c.getPerson().getName()).containsOnly("赵海燕");
    }

    private static <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }
}
