package cn.gongguan.registry;

import static cn.gongguan.registry.PersonFixtures.details;
import static cn.gongguan.registry.PersonFixtures.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Sex;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class PersonImportTest extends UiTest {

    @Autowired
    PersonImport personImport;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Translations translations;

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }

    @Test
    void goodRowsAreImportedBadOnesReturnedWithTheReasonAtTheCellAndASecondRunAddsNobody() throws Exception {
        login("chengguan.staff", HomeView.class);
        String good = newIdNumber(LocalDate.of(1990, 2, 3), Sex.FEMALE);
        String other = newIdNumber(LocalDate.of(1991, 4, 5), Sex.MALE);
        String wrongCheck = other.substring(0, 17) + (other.charAt(17) == '1' ? '2' : '1');
        byte[] file = workbook(List.of(
                List.of("孙丽", good, "13800001111", "510107001", "", "", "2026-11-02", "流入", "已婚", "1", "", "", "", "", "是"),
                List.of("钱多", wrongCheck, "", "510107001", "", "", "", "流入", "未婚", "0", "", "", "", "", "否"),
                List.of("", newIdNumber(LocalDate.of(1992, 1, 1), Sex.MALE), "", "510107001", "", "", "", "流入", "未婚", "", "", "", "", "", ""),
                List.of("李四", newIdNumber(LocalDate.of(1993, 1, 1), Sex.MALE), "", "999999999", "", "", "", "流入", "未婚", "", "", "", "", "", ""),
                List.of("孙丽丽", good, "", "510107001", "", "", "", "流入", "已婚", "", "", "", "", "", ""),
                List.of("周五", newIdNumber(LocalDate.of(1994, 1, 1), Sex.MALE), "", "510107001", "", "", "", "乱写", "未婚", "", "", "", "", "", "")));

        ImportResult first = personImport.importFrom(new ByteArrayInputStream(file), chinese());

        assertThat(first.imported()).isEqualTo(1);
        assertThat(first.alreadyRegistered()).isZero();
        assertThat(first.rejected()).isEqualTo(5);
        Person imported = registry.list(new PersonFilter(good, null, null, null), PageRequest.of(0, 5)).getFirst();
        assertThat(imported.getName()).isEqualTo("孙丽");
        assertThat(imported.isCertificateChecked()).isTrue();

        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(first.errorWorkbook()))) {
            Sheet sheet = errors.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            int reason = ImportColumn.values().length;
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(reason))).isEqualTo("错误原因");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(reason))).startsWith("公民身份号码校验位不符");
            assertThat(sheet.getRow(1).getCell(ImportColumn.ID_NUMBER.ordinal()).getCellComment()).isNotNull();
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(reason + 1))).isEqualTo("3");
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(reason))).isEqualTo("此项为必填项");
            assertThat(sheet.getRow(2).getCell(ImportColumn.NAME.ordinal()).getCellComment()).isNotNull();
            assertThat(cells.formatCellValue(sheet.getRow(3).getCell(reason))).isEqualTo("请选择户籍地（乡镇、街道）");
            assertThat(cells.formatCellValue(sheet.getRow(4).getCell(reason))).isEqualTo("与本文件第 2 行的身份证号重复");
            assertThat(cells.formatCellValue(sheet.getRow(5).getCell(reason))).isEqualTo("请从下拉选项中选择");
            assertThat(sheet.getRow(5).getCell(ImportColumn.FLOW_TYPE.ordinal()).getCellComment()).isNotNull();
            assertThat(cells.formatCellValue(sheet.getRow(5).getCell(ImportColumn.NAME.ordinal()))).isEqualTo("周五");
        }

        ImportResult second = personImport.importFrom(new ByteArrayInputStream(file), chinese());
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyRegistered()).isEqualTo(2);
        assertThat(registry.count(new PersonFilter(good, null, null, null))).isEqualTo(1);
    }

    @Test
    void aFailureWhileWritingLeavesNothingHalfWritten() {
        login("chengguan.staff", HomeView.class);
        PersonDetails fine = details("第一人", newIdNumber(LocalDate.of(1980, 6, 6), Sex.MALE));
        PersonDetails breaks = details("第二人", newIdNumber(LocalDate.of(1981, 6, 6), Sex.MALE));
        breaks.setOrgUnit("621227100999");  // no such village: the database refuses it on write
        assertThatThrownBy(() -> registry.registerAll(List.of(fine, breaks))).hasStackTraceContaining("foreign key");
        assertThat(registry.count(new PersonFilter(fine.getIdNumber(), null, null, null))).isZero();
    }

    @Test
    void theTemplateHasTheColumnsTheImportReads() throws Exception {
        login("chengguan.staff", HomeView.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        personImport.writeTemplate(chinese(), out);
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> headers = new ArrayList<>();
            template.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("姓名", "公民身份号码", "联系电话", "户籍地代码").hasSize(ImportColumn.values().length);
        }
    }

    private byte[] workbook(List<List<String>> rows) throws Exception {
        return ImportFiles.workbook(personImport, chinese(), rows);
    }
}
