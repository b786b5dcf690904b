package cn.gongguan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.reference.IdNumber;
import com.microsoft.playwright.Download;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A township staff member registers a newcomer in the browser and takes the list away in Excel. */
class RegistryJourneyBrowserTest extends BrowserTest {

    @Test
    void aNewcomerIsRegisteredAndTheListDownloadedInExcel() throws Exception {
        String first17 = "62122719880808122";
        String id = first17 + IdNumber.checkCharacter(first17);
        login("chengguan.staff", DEMO_PASSWORD);
        page.navigate(url("registry"));
        page.locator("#register-person").click();
        page.locator("#person-name input").fill("马丽");
        page.locator("#person-idNumber input").fill(id);
        page.locator("#person-registrationPlace input").fill("徽县 城关");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("甘肃省陇南市徽县城关镇")).first().click();
        screenshot("registry-new-person");
        page.locator("#save-person").click();
        assertThat(page.locator("#save-person")).isHidden();

        assertThat(page.locator("#persons")).containsText("马丽");
        assertThat(page.locator("#persons")).containsText(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(page.locator("#persons")).not().containsText(id);
        screenshot("registry-list");

        page.locator("#export-persons").click();
        assertThat(page.locator("#export-summary")).containsText("将导出");
        if (page.locator("#export-reason").isVisible()) {
            page.locator("#export-reason textarea").fill("核对新登记人员");
        }
        Download download = page.waitForDownload(() -> page.locator("#export-download").click());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter cells = new DataFormatter();
            var sheet = workbook.getSheetAt(0);
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("姓名");
            boolean found = false;
            for (var row : sheet) {
                found |= id.equals(cells.formatCellValue(row.getCell(1)));
            }
            assertThat(found).as("the new person's row in the download").isTrue();
        }
    }

    @Test
    void anExcelImportRegistersTheGoodRowsAndHandsBackTheBadOnes() throws Exception {
        login("fujia.staff", DEMO_PASSWORD);
        page.navigate(url("registry"));
        page.locator("#import-persons").click();
        Download template = page.waitForDownload(() -> page.locator("#import-template").click());
        String first17 = "62122719770707124";
        String good = first17 + IdNumber.checkCharacter(first17);
        java.nio.file.Path filled = Files.createTempFile("import", ".xlsx");
        try (InputStream in = Files.newInputStream(template.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            String[][] rows = {
                {"林红", good, "", "621227101", "", "", "", "流入", "已婚"},
                {"错号", good.substring(0, 17) + (good.charAt(17) == '0' ? "1" : "0"), "", "621227101", "", "", "", "流入", "未婚"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        page.locator("#import-upload input[type=file]").setInputFiles(filled);

        assertThat(page.locator("#import-result")).containsText("已导入 1 人");
        assertThat(page.locator("#import-result")).containsText("1 行有错误");
        screenshot("registry-import");
        Download errors = page.waitForDownload(() -> page.locator("#import-errors").click());
        try (InputStream in = Files.newInputStream(errors.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(new DataFormatter().formatCellValue(workbook.getSheetAt(0).getRow(1).getCell(0))).isEqualTo("错号");
        }
    }
}
