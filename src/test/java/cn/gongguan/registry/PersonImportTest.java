package cn.gongguan.registry;

import static cn.gongguan.registry.PersonFixtures.details;
import static cn.gongguan.registry.PersonFixtures.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Sex;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ImportThreads;
import cn.gongguan.workbook.WorkbookImport;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

class PersonImportTest extends UiTest {

    @Autowired
    PersonImport personImport;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Translations translations;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    AuditTrail trail;
    @Autowired
    ImportThreads threads;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager entityManager;

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

        assertThat(first.added()).isEqualTo(1);
        assertThat(first.unchanged()).isZero();
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
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
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

    @ParameterizedTest
    @MethodSource("textColumns")
    void aTwoRowFileWithOneOverLongCellKeepsTheGoodRowAndReportsTheCellWhateverTheColumn(ImportColumn column)
            throws Exception {
        login("chengguan.staff", HomeView.class);
        List<String> good = fullRow("长格式好行", newIdNumber(LocalDate.of(1985, 3, 3), Sex.FEMALE));
        List<String> tooLong = new ArrayList<>(fullRow("长格式坏行", newIdNumber(LocalDate.of(1985, 4, 4), Sex.MALE)));
        tooLong.set(column.ordinal(), "长".repeat(column.column().maxLength() + 1));
        byte[] file = workbook(List.of(good, tooLong));

        ImportResult first = personImport.importFrom(new ByteArrayInputStream(file), chinese());

        assertThat(first.added()).isEqualTo(1);
        assertThat(first.rejected()).isEqualTo(1);
        assertThat(registry.count(new PersonFilter(good.get(ImportColumn.ID_NUMBER.ordinal()), null, null, null)))
                .isEqualTo(1);
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(first.errorWorkbook()))) {
            Sheet sheet = errors.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            int reason = ImportColumn.values().length;
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(reason)))
                    .isEqualTo("不能超过 " + column.column().maxLength() + " 个字");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(reason + 1))).isEqualTo("3");
            assertThat(sheet.getRow(1).getCell(column.ordinal()).getCellComment().getString().getString())
                    .isEqualTo("不能超过 " + column.column().maxLength() + " 个字");
        }

        ImportResult second = personImport.importFrom(new ByteArrayInputStream(file), chinese());
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(registry.count(new PersonFilter(good.get(ImportColumn.ID_NUMBER.ordinal()), null, null, null)))
                .isEqualTo(1);
    }

    static List<ImportColumn> textColumns() {
        return ImportColumn.textColumns();
    }

    @Test
    void aRowTheDatabaseRefusesIsReportedAtItsRowAndTheOtherRowsAreKept() throws Exception {
        login("chengguan.staff", HomeView.class);
        List<String> good = fullRow("库拒好行", newIdNumber(LocalDate.of(1986, 5, 5), Sex.FEMALE));
        List<String> refused = fullRow("库拒之行", newIdNumber(LocalDate.of(1986, 5, 6), Sex.MALE));
        // a rule only the database knows, as a constraint added behind the application's back would be
        asOwner().sql("alter table t_621227100.person add constraint import_test_refuses check (name <> '库拒之行')")
                .update();
        ImportResult result;
        try {
            result = personImport.importFrom(new ByteArrayInputStream(workbook(List.of(good, refused))), chinese());
        } finally {
            asOwner().sql("alter table t_621227100.person drop constraint import_test_refuses").update();
        }

        assertThat(registry.count(new PersonFilter(good.get(ImportColumn.ID_NUMBER.ordinal()), null, null, null)))
                .isEqualTo(1);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(result.errorWorkbook()))) {
            Row line = errors.getSheetAt(0).getRow(1);
            assertThat(line.getCell(ImportColumn.values().length).getStringCellValue())
                    .isEqualTo("此行未能保存：请核对各项后再导入此行");
            assertThat(line.getCell(ImportColumn.values().length + 1).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void everyBadCellOfARowIsReportedAtItsCell() throws Exception {
        login("chengguan.staff", HomeView.class);
        List<String> row = new ArrayList<>(fullRow("多处错误", newIdNumber(LocalDate.of(1984, 1, 1), Sex.MALE)));
        row.set(ImportColumn.ADDRESS.ordinal(), "址".repeat(201));
        row.set(ImportColumn.ARRIVAL_DATE.ordinal(), "昨天");
        row.set(ImportColumn.EMPLOYER.ordinal(), "厂".repeat(101));

        ImportResult result = personImport.importFrom(new ByteArrayInputStream(workbook(List.of(row))), chinese());

        assertThat(result.rejected()).isEqualTo(1);
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(result.errorWorkbook()))) {
            Row line = errors.getSheetAt(0).getRow(1);
            for (ImportColumn wrong : List.of(ImportColumn.ADDRESS, ImportColumn.ARRIVAL_DATE, ImportColumn.EMPLOYER)) {
                assertThat(line.getCell(wrong.ordinal()).getCellComment()).as(wrong.name()).isNotNull();
            }
            assertThat(line.getCell(ImportColumn.NAME.ordinal()).getCellComment()).isNull();
            assertThat(line.getCell(ImportColumn.values().length).getStringCellValue())
                    .isEqualTo("详细地址: 不能超过 200 个字; 流入日期: 日期格式应为 2026-11-28; 工作单位: 不能超过 100 个字");
        }
    }

    @Test
    void theSameFileImportedTwiceAtOnceRegistersEachPersonOnceAndReportsNoError() throws Exception {
        login("chengguan.staff", HomeView.class);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(fullRow("并发导入" + i, newIdNumber(LocalDate.of(1970, 1, 1).plusDays(i), Sex.FEMALE)));
        }
        byte[] file = workbook(rows);
        List<CompletableFuture<ImportResult>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            runs.add(personImport.start(personImport.receive(new ByteArrayInputStream(file)), chinese(),
                    WorkbookImport.Progress.NONE));
        }
        ImportResult a = runs.get(0).get(2, TimeUnit.MINUTES);
        ImportResult b = runs.get(1).get(2, TimeUnit.MINUTES);

        assertThat(a.added() + b.added()).isEqualTo(100);
        assertThat(a.unchanged() + b.unchanged()).isEqualTo(100);
        assertThat(a.rejected() + b.rejected()).isZero();
        assertThat(registry.count(new PersonFilter("并发导入", null, null, null))).isEqualTo(100);
    }

    @Test
    void anImportInTheBackgroundRegistersInTheUsersTenantOnlyAndReportsItsProgress() throws Exception {
        login("chengguan.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1983, 3, 3), Sex.MALE);
        byte[] file = workbook(List.of(fullRow("后台导入", id)));
        List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        ImportResult result = personImport.start(personImport.receive(new ByteArrayInputStream(file)), chinese(),
                (read, total) -> progress.add(read + "/" + total)).get(1, TimeUnit.MINUTES);

        assertThat(result.added()).isEqualTo(1);
        assertThat(progress).containsExactly("1/1");
        assertThat(registry.count(new PersonFilter(id, null, null, null))).isEqualTo(1);
        logout();
        login("fujia.staff", HomeView.class);
        assertThat(registry.count(new PersonFilter(id, null, null, null))).isZero();
        // and by hand-written SQL as 伏家镇's own database role, on its own schema
        assertThat((Object) new TransactionTemplate(transactions).execute(status -> entityManager
                .createNativeQuery("select count(*) from person where id_number = ?1").setParameter(1, id)
                .getSingleResult())).isEqualTo(0L);
    }

    @Nested
    class WhatIsNotAnImportFileIsRefused {

        @Test
        void anOldExcelFile() throws Exception {
            login("chengguan.staff", HomeView.class);
            ByteArrayOutputStream xls = new ByteArrayOutputStream();
            try (HSSFWorkbook old = new HSSFWorkbook()) {
                old.createSheet().createRow(0).createCell(0).setCellValue("姓名");
                old.write(xls);
            }
            assertRefused(xls.toByteArray(), "这是旧版 Excel 文件（.xls）：请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再上传");
        }

        @Test
        void aTextFileRenamed() {
            login("chengguan.staff", HomeView.class);
            assertRefused("姓名,公民身份号码\n张三,110101199001011234\n".getBytes(StandardCharsets.UTF_8),
                    "这不是 Excel 工作簿（.xlsx）：请用导入模板填写后上传");
        }

        @Test
        void aZipThatIsNoWorkbook() throws Exception {
            login("chengguan.staff", HomeView.class);
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                out.putNextEntry(new ZipEntry("readme.txt"));
                out.write("hello".getBytes(StandardCharsets.UTF_8));
            }
            assertRefused(zip.toByteArray(), "这不是 Excel 工作簿（.xlsx）：请用导入模板填写后上传");
        }

        @Test
        void aZipBomb() throws Exception {
            login("chengguan.staff", HomeView.class);
            assertRefused(ImportFiles.inflated(workbook(List.of()), 30_000_000),
                    "文件解压后异常庞大，已拒绝：请用导入模板填写后上传");
        }

        @Test
        void aFileWithMoreRowsThanTheCapBeforeAnyRowIsWritten() throws Exception {
            login("chengguan.staff", HomeView.class);
            PersonImport capped = new PersonImport(registry, orgUnits, trail,
                    new RegistrySettings(2, DataSize.ofMegabytes(20), 1000), threads);
            String first = newIdNumber(LocalDate.of(1982, 2, 2), Sex.MALE);
            byte[] file = workbook(List.of(fullRow("超限一", first),
                    fullRow("超限二", newIdNumber(LocalDate.of(1982, 2, 3), Sex.MALE)),
                    fullRow("超限三", newIdNumber(LocalDate.of(1982, 2, 4), Sex.MALE))));

            assertThatThrownBy(() -> capped.importFrom(new ByteArrayInputStream(file), chinese()))
                    .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(message(refusal))
                            .isEqualTo("文件超过 2 行，未导入任何行：请分成几个文件导入"));
            assertThat(registry.count(new PersonFilter(first, null, null, null))).isZero();
        }

        @Test
        void aFileLargerThanTheLimitWhoseReadingStopsAtTheLimit() {
            login("chengguan.staff", HomeView.class);
            PersonImport small = new PersonImport(registry, orgUnits, trail,
                    new RegistrySettings(50_000, DataSize.ofMegabytes(1), 1000), threads);
            long[] sent = {0};
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    sent[0]++;
                    return 'x';
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    sent[0] += len;
                    return len;
                }
            };

            assertThatThrownBy(() -> small.receive(endless))
                    .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(message(refusal))
                            .isEqualTo("文件太大（最大 1 MB）"));
            assertThat(sent[0]).isLessThan(2L * 1024 * 1024);
        }

        private void assertRefused(byte[] file, String message) {
            assertThatThrownBy(() -> personImport.importFrom(new ByteArrayInputStream(file), chinese()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refusal -> assertThat(message(refusal)).isEqualTo(message));
        }
    }

    @Test
    void theTemplateSaysHowManyRowsAFileMayHold() throws Exception {
        login("chengguan.staff", HomeView.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        personImport.writeTemplate(chinese(), out);
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(template.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("每个文件最多 50,000 行、20 MB；更多的人员请分成几个文件导入。");
        }
    }

    private String message(InvalidInputException refusal) {
        return chinese().get(refusal.messageKey(), refusal.arguments());
    }

    /** A row the registry accepts, with every text column filled. */
    private List<String> fullRow(String name, String idNumber) {
        PersonDetails person = details(name, idNumber);
        person.setPhone("13800001111");
        person.setAddress("城关镇南街 1 号");
        person.setEmployer("城关砖厂");
        person.setCertificateNumber("HY2026001");
        person.setCertificatePlace("武侯区");
        person.setCertificateValidUntil(LocalDate.of(2027, 12, 31));
        return ImportFiles.row(person, chinese());
    }

    private byte[] workbook(List<List<String>> rows) throws Exception {
        return ImportFiles.workbook(personImport, chinese(), rows);
    }
}
