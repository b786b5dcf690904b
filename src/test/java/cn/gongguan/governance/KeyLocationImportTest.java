package cn.gongguan.governance;

import static cn.gongguan.governance.KeyLocationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Department;
import cn.gongguan.registry.ImportFiles;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A key-location list kept in Excel, imported: template, errors at their cells, good rows kept, idempotent. */
class KeyLocationImportTest extends UiTest {

    @Autowired
    KeyLocationImport locationImport;
    @Autowired
    KeyLocations locations;
    @Autowired
    Translations translations;

    @Test
    void theTemplateHasTheColumnsInChinese() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        locationImport.writeTemplate(chinese(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("场所类别", "场所名称", "所在村（社区）", "地址", "责任部门", "联系人",
                    "联系电话", "备注");
            assertThat(workbook.getSheetName(0)).isEqualTo("重点场所");
        }
    }

    @Test
    void theNoteListsTheKindsAndDepartmentsAsTheImportTakesThemInEitherLanguage() {
        for (Locale locale : List.of(Translations.CHINESE, Locale.ENGLISH)) {
            String note = translations.getTranslation("keyLocation.import.kinds", locale);
            for (LocationKind kind : LocationKind.values()) {
                assertThat(note).as(locale + " " + kind).contains(translations.getTranslation(kind.labelKey(), locale));
            }
            for (Department department : Department.values()) {
                assertThat(note).as(locale + " " + department)
                        .contains(translations.getTranslation(department.labelKey(), locale));
            }
        }
    }

    @Test
    void goodRowsAreKeptBadOnesReportedAtTheirCellAndTheSameFileAgainAddsNothing() throws IOException {
        login("chengguan.staff", HomeView.class);
        String market = unique("导入市场");
        String site = unique("导入工地");
        List<List<String>> rows = List.of(
                row("农贸市场", market, "先农村委会", "市场管理员", "13909391111"),
                row("CONSTRUCTION_SITE", site, "621227100201", "", ""),
                row("游乐场", unique("未知类别"), "先农村委会", "", ""),
                row("城中村", unique("未知村"), "火星村", "", ""),
                row("城中村", "名".repeat(101), "先农村委会", "", ""),
                row("城中村", "", "先农村委会", "", ""),
                row("农贸市场", market, "樊塄村委会", "", ""));
        byte[] file = ImportFiles.workbook(locationImport, chinese(), rows);

        ImportResult first = locationImport.importFrom(new ByteArrayInputStream(file), chinese());

        assertThat(first.added()).isEqualTo(2);
        assertThat(first.rejected()).isEqualTo(5);
        Map<String, KeyLocation> imported = byName();
        assertThat(imported.get(market).getKind()).isEqualTo(LocationKind.FARMERS_MARKET);
        assertThat(imported.get(market).getOrgUnit()).isEqualTo("621227100200");
        assertThat(imported.get(market).getContact()).isEqualTo("市场管理员 13909391111");
        assertThat(imported.get(site).getKind()).isEqualTo(LocationKind.CONSTRUCTION_SITE);
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(first.errorWorkbook()))) {
            var sheet = errors.getSheetAt(0);
            assertMarkedAt(sheet.getRow(1), KeyLocationColumn.KIND);
            assertMarkedAt(sheet.getRow(2), KeyLocationColumn.ORG_UNIT);
            assertMarkedAt(sheet.getRow(3), KeyLocationColumn.NAME);
            assertMarkedAt(sheet.getRow(4), KeyLocationColumn.NAME);
            assertMarkedAt(sheet.getRow(5), KeyLocationColumn.NAME);
            assertThat(sheet.getRow(5).getCell(KeyLocationColumn.values().length).getStringCellValue())
                    .contains("第 2 行");
        }

        ImportResult second = locationImport.importFrom(new ByteArrayInputStream(file), chinese());
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(locations.active()).filteredOn(l -> l.getName().equals(market)).hasSize(1);
        assertThat(asOwner().sql("select count(*) from platform.audit_event where tenant_code = '621227100'"
                        + " and action = ? and actor = 'chengguan.staff'")
                .param(AuditAction.KEY_LOCATIONS_IMPORTED.name()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRowOfAKnownLocationUpdatesItAndOneOfAnotherKindIsRefused() throws IOException {
        login("chengguan.staff", HomeView.class);
        KeyLocation known = locations.add(KeyLocationFixtures.market(unique("已有市场")));
        byte[] file = ImportFiles.workbook(locationImport, chinese(), List.of(
                row("农贸市场", known.getName(), "先农村委会", "新管理员", "13909392222"),
                row("城中村", known.getName() + "", "先农村委会", "", "")));

        ImportResult result = locationImport.importFrom(new ByteArrayInputStream(file), chinese());

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.added()).isZero();
        assertThat(result.rejected()).isEqualTo(1);
        KeyLocation updated = locations.find(known.getId()).orElseThrow();
        assertThat(updated.getContact()).isEqualTo("新管理员 13909392222");
        assertThat(updated.getKind()).isEqualTo(LocationKind.FARMERS_MARKET);
    }

    @Test
    void onlyTheTownshipsKeepersImport() throws IOException {
        login("chengguan.officer", HomeView.class);
        byte[] file = ImportFiles.workbook(locationImport, chinese(), List.of(
                row("农贸市场", unique("越权导入"), "先农村委会", "", "")));
        assertThatThrownBy(() -> locationImport.importFrom(new ByteArrayInputStream(file), chinese()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertMarkedAt(Row line, KeyLocationColumn column) {
        assertThat(line.getCell(column.ordinal()).getCellComment()).as("marked at " + column).isNotNull();
        assertThat(Arrays.stream(KeyLocationColumn.values()).filter(c -> c != column)
                .map(c -> line.getCell(c.ordinal()) == null ? null : line.getCell(c.ordinal()).getCellComment()))
                .as("nowhere else than " + column).containsOnlyNulls();
    }

    private Map<String, KeyLocation> byName() {
        return locations.active().stream().collect(Collectors.toMap(KeyLocation::getName, Function.identity()));
    }

    /** A row as a township types it: kind, name, unit, an address, the market office, a contact. */
    private static List<String> row(String kind, String name, String unit, String contact, String phone) {
        return List.of(kind, name, unit, "导入地址", "市场监督管理", contact, phone, "");
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }
}
