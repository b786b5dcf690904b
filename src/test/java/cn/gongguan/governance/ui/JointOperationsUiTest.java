package cn.gongguan.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Listed;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.governance.TaskState;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.reference.Department;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.Role;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Joint operations as the county and a liaison meet them: the list, the plan form refusing at the field with all
 * typed kept, the progress page with rework, closing and the closing report, and a liaison read only there, sent back
 * from an operation not naming them, and kept out of every other page and of the registry.
 */
class JointOperationsUiTest extends UiTest {

    static final LocalDate TODAY = LocalDate.now(CountyTime.ZONE);

    @Autowired
    JointOperations operations;
    @Autowired
    PersonRegistry registry;
    @Autowired
    RentalHouses houses;
    @Autowired
    Archives archives;

    @Test
    void theCountyPlansAnOperationAndTheFormKeepsWhatWasTypedWhenRefused() {
        login("county.governance", JointOperationsView.class);
        JointOperationsView list = _get(JointOperationsView.class);
        assertThat(GridKt._size(list.grid)).as("the demo's operations").isGreaterThanOrEqualTo(3);
        _click(list.plan);
        OperationPlanDialog dialog = _get(OperationPlanDialog.class);
        _setValue(dialog.title, "界面测试行动");
        _setValue(dialog.startsOn, TODAY.plusDays(3));
        _setValue(dialog.endsOn, TODAY);
        _setValue(dialog.allTownships, true);
        _setValue(dialog.kinds, Set.of(LocationKind.FARMERS_MARKET));
        _setValue(dialog.departments, Set.of(Department.MARKET));
        _setValue(dialog.lead, "县市场监管局");
        _setValue(dialog.instructions, "农贸市场摊位经营者逐一核对");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("结束日期不能早于开始日期");
        assertThat(dialog.title.getValue()).isEqualTo("界面测试行动");
        assertThat(dialog.townships.getValue()).hasSizeGreaterThan(2);
        assertThat(dialog.instructions.getValue()).isEqualTo("农贸市场摊位经营者逐一核对");

        _setValue(dialog.townships, Set.of());
        _setValue(dialog.endsOn, TODAY.plusDays(10));
        _click(dialog.save);
        assertThat(dialog.townships.isInvalid()).isTrue();
        _setValue(dialog.townships, dialog.townships.getListDataView().getItems()
                .filter(t -> t.name().equals("伏家镇")).collect(Collectors.toSet()));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        OperationProgressView progress = _get(OperationProgressView.class);
        assertThat(progress.title.getText()).contains("界面测试行动");
        assertThat(progress.publish.isVisible()).isTrue();
        assertThat(progress.close.isVisible()).isFalse();
    }

    @Test
    void theCountyAsksForReworkClosesAndTakesTheReport() throws Exception {
        login("county.governance", HomeView.class);
        long id = operations.plan(new JointOperations.Plan("界面测试行动二", TODAY, TODAY.plusDays(9),
                Set.of("621227100", "621227101"), Set.of(LocationKind.URBAN_VILLAGE), Set.of(Department.POLICE),
                "县综治办", "逐户清查", Set.of()));
        open(id);
        OperationProgressView page = _get(OperationProgressView.class);
        _click(page.publish);
        ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(GridKt._size(page.grid)).isEqualTo(2);
        asOwner().sql("""
                update platform.operation_task set state = 'SUBMITTED', submitted_at = now(), submitted_by = 'test',
                       persons_checked = 21, houses_found = 2, locations_total = 3, locations_done = 3
                where operation_id = ? and township_code = '621227100'""").param(id).update();
        _click(page.refresh);
        assertThat(page.totals.getElement().getTextRecursively()).contains("21");

        assertThat(rowActions(page, 1)).as("伏家镇 has not submitted: nothing to send back")
                .doesNotContain("rework-621227101");
        _click((Button) GridKt._getCellComponent(page.grid, 0, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals("rework-621227100")).findFirst().orElseThrow());
        OperationProgressRework rework = _get(OperationProgressRework.class);
        _click(rework.save);
        assertThat(rework.reason.isInvalid()).as("a reason is required").isTrue();
        _setValue(rework.reason, "农贸市场未查");
        _click(rework.save);
        assertThat(operations.progress(id).townships().getFirst().task().state()).isEqualTo(TaskState.REWORK);
        assertThat(rowActions(page, 0)).as("asked once").doesNotContain("rework-621227100");
        assertThat(GridKt._getFormattedRow(page.grid, 0)).as("why, while the rework is due").contains("农贸市场未查");
        asOwner().sql("""
                update platform.operation_task set state = 'SUBMITTED', submitted_at = now()
                where operation_id = ? and township_code = '621227100'""").param(id).update();
        _click(page.refresh);
        assertThat(GridKt._getFormattedRow(page.grid, 0)).as("submitted again: the old reason is history")
                .doesNotContain("农贸市场未查");

        _click(page.close);
        OperationProgressClose close = _get(OperationProgressClose.class);
        _click(close.save);
        assertThat(close.summary.isInvalid()).isTrue();
        _setValue(close.summary, "两镇清查完毕，城关镇返工后补报");
        _click(close.save);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("operation-summary"))
                .getText()).contains("两镇清查完毕");
        assertThat(page.close.isVisible()).isFalse();
        assertThat(page.edit.isVisible()).isFalse();
        assertThat(page.export.isVisible()).isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OperationReportWorkbook((key, args) -> page.getTranslation(key, args), UI.getCurrent().getLocale())
                .write(operations.progress(id), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("两镇清查完毕");
            assertThat(sheet.getRow(OperationReportWorkbook.HEADER_ROW + 1).getCell(4).getNumericCellValue())
                    .isEqualTo(21);
            assertThat(sheet.getRow(OperationReportWorkbook.HEADER_ROW + 2).getCell(0).getStringCellValue())
                    .isEqualTo("城关镇");
        }
        UI.getCurrent().navigate(OperationReportPrintView.route(id));
        OperationReportPrintView print = _get(OperationReportPrintView.class);
        assertThat(print.document.getElement().getTextRecursively()).contains("两镇清查完毕").contains("城关镇").contains("伏家镇");
    }

    @Test
    void aLiaisonFollowsTheirOperationReadOnlyAndNothingElse() {
        login("county.police", HomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("operations-card")).getElement().getTextRecursively())
                .as("the home page shows the running operation naming them").contains("2026年冬季流动人口联合清理");
        UI.getCurrent().navigate(JointOperationsView.class);
        JointOperationsView list = _get(JointOperationsView.class);
        assertThat(list.plan.isVisible()).isFalse();
        List<Listed> mine = operations.list();
        assertThat(mine).extracting(l -> l.operation().title()).contains("2026年冬季流动人口联合清理")
                .doesNotContain("春季城中村和建筑工地联合清理");
        open(mine.stream().filter(l -> l.operation().title().equals("2026年冬季流动人口联合清理")).findFirst()
                .orElseThrow().operation().id());
        OperationProgressView page = _get(OperationProgressView.class);
        assertThat(page.grid.isVisible()).isTrue();
        for (var action : List.of(page.publish, page.edit, page.delete, page.close)) {
            assertThat(action.isVisible()).isFalse();
        }
        assertThat(page.export.isVisible()).isFalse();

        login("county.governance", HomeView.class);
        long notNamed = operations.list().stream()
                .filter(l -> l.operation().title().equals("春季城中村和建筑工地联合清理")).findFirst().orElseThrow()
                .operation().id();
        login("county.police", HomeView.class);
        open(notNamed);
        _assertNone(OperationProgressView.class);
        _get(JointOperationsView.class);

        assertThatThrownBy(() -> registry.count(PersonFilter.ALL)).as("no registry").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> registry.list(PersonFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> houses.count()).as("no housing register").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> archives.read(1L, Archive.REPRODUCTIVE_HEALTH, ReadReason.values()[0]))
                .as("no archive").isInstanceOf(RuntimeException.class);
    }

    /**
     * The routes a liaison may open: the home page, their account, the operations — and the township side's recording
     * page; the login's and the tests' own chart page are anyone's.
     */
    @Test
    void aLiaisonIsRefusedEveryOtherRoute() {
        Set<String> open = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> admits(route.getNavigationTarget()))
                .map(RouteData::getTemplate).collect(Collectors.toSet());
        assertThat(open).contains("", "account", "operations", "operations/:id")
                .allSatisfy(route -> assertThat(route).isIn("", "account", "operations", "operations/:id", "liaison",
                        "login", "login/step", "unavailable", "test/charts"));
    }

    private static boolean admits(Class<?> view) {
        if (view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).contains(Role.LIAISON_NAME);
    }

    @Test
    void aDraftDeletedMeanwhileSendsThePageBackToTheList() {
        login("county.governance", HomeView.class);
        long polled = operations.plan(new JointOperations.Plan("界面测试删除一", TODAY, TODAY.plusDays(9),
                Set.of("621227100"), Set.of(LocationKind.URBAN_VILLAGE), Set.of(Department.POLICE), "县综治办",
                "逐户清查", Set.of()));
        open(polled);
        asOwner().sql("delete from platform.operation where id = ?").param(polled).update();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        _get(JointOperationsView.class);
        _assertNone(OperationProgressView.class);

        long published = operations.plan(new JointOperations.Plan("界面测试删除二", TODAY, TODAY.plusDays(9),
                Set.of("621227100"), Set.of(LocationKind.URBAN_VILLAGE), Set.of(Department.POLICE), "县综治办",
                "逐户清查", Set.of()));
        open(published);
        OperationProgressView page = _get(OperationProgressView.class);
        asOwner().sql("delete from platform.operation where id = ?").param(published).update();
        _click(page.publish);
        ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        _get(JointOperationsView.class);
        _assertNone(OperationProgressView.class);
    }

    /** The ids of the buttons in a township's row. */
    private static List<String> rowActions(OperationProgressView page, int row) {
        return GridKt._getCellComponent(page.grid, row, "actions").getChildren()
                .map(c -> c.getId().orElse("")).toList();
    }

    private void open(long id) {
        UI.getCurrent().navigate(OperationProgressView.class, new RouteParameters("id", String.valueOf(id)));
    }
}
