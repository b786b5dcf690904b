package cn.gongguan.registry;

import static cn.gongguan.registry.PersonFixtures.details;
import static cn.gongguan.registry.PersonFixtures.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import java.io.ByteArrayInputStream;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

class PersonExportTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonExport export;
    @Autowired
    Translations translations;
    @Autowired
    AuditRows audit;
    @Autowired
    PersonRepository persons;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Divisions divisions;
    @Autowired
    AuditTrail trail;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier(PlatformTransactional.MANAGER)
    PlatformTransactionManager platformTransactions;

    @Test
    void theFilteredListIsWrittenWithChineseHeadersFullIdNumbersAndTheExportIsAudited() throws Exception {
        login("fujia.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1991, 12, 1), Sex.FEMALE);
        registry.register(details("欧阳娜娜", id));
        registry.register(details("黄磊", newIdNumber(LocalDate.of(1970, 1, 1), Sex.MALE)));

        List<List<String>> rows = export(new PersonFilter("ouyang", null, null, null));

        assertThat(rows.getFirst()).startsWith("姓名", "公民身份号码", "性别", "出生日期");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("欧阳娜娜", id, "女", "1991-12-01");
        assertThat(rows.get(1)).contains("四川省成都市武侯区浆洗街街道", "510107001", "流入", "未查验");
        assertThat(audit.list(TenantCode.of("621227101"),
                new AuditFilter("fujia.staff", AuditAction.PERSONS_EXPORTED, null, null), 0, 10)).isNotEmpty();
    }

    @Test
    void anExportLongerThanOnePageHoldsEveryMatchingPersonOnce() throws Exception {
        login("fujia.staff", HomeView.class);
        List<PersonDetails> many = new ArrayList<>();
        for (int n = 0; n < PersonExport.PAGE + 5; n++) {
            many.add(details("翻页导出" + n, newIdNumber(LocalDate.of(1980, 1, 1).plusDays(n), Sex.MALE)));
        }
        registry.registerAll(many);

        List<List<String>> rows = export(new PersonFilter("翻页导出", null, null, null));

        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1))
                .containsExactlyInAnyOrderElementsOf(many.stream().map(PersonDetails::getIdNumber).toList());
    }

    @Test
    void anotherTownshipsExportHoldsNoneOfTheirPersons() throws Exception {
        login("fujia.staff", HomeView.class);
        String id = newIdNumber(LocalDate.of(1999, 9, 19), Sex.MALE);
        registry.register(details("伏家人", id));
        logout();
        login("chengguan.staff", HomeView.class);
        assertThat(export(PersonFilter.ALL)).noneMatch(row -> row.contains(id));
    }

    @Test
    void anExportAbortedWhileWritingIsStillAuditedWithoutACompletion() throws Exception {
        login("fujia.staff", HomeView.class);
        registry.register(details("中断导出", newIdNumber(LocalDate.of(1988, 8, 8), Sex.FEMALE)));
        int started = events(AuditAction.PERSONS_EXPORTED);
        int completed = events(AuditAction.PERSONS_EXPORT_COMPLETED);
        int aborted = events(AuditAction.PERSONS_EXPORT_ABORTED);
        OutputStream brokenDownload = new OutputStream() {
            private int bytes;

            @Override
            public void write(int b) throws IOException {
                if (++bytes > 1000) {
                    throw new IOException("the browser went away");
                }
            }
        };

        assertThatThrownBy(() -> export.write(new PersonFilter("中断导出", null, null, null), null, chinese(), brokenDownload))
                .isInstanceOf(IOException.class);

        assertThat(events(AuditAction.PERSONS_EXPORTED)).isEqualTo(started + 1);
        assertThat(events(AuditAction.PERSONS_EXPORT_ABORTED)).isEqualTo(aborted + 1);
        assertThat(events(AuditAction.PERSONS_EXPORT_COMPLETED)).isEqualTo(completed);
    }

    @Test
    void anExportIsRecordedWithItsFilterAndCountBeforeItIsWrittenAndItsCompletionAfter() throws Exception {
        login("fujia.staff", HomeView.class);
        registry.register(details("完成导出", newIdNumber(LocalDate.of(1987, 7, 7), Sex.MALE)));
        int completed = events(AuditAction.PERSONS_EXPORT_COMPLETED);

        export(new PersonFilter("完成导出", null, null, null));

        assertThat(latest(AuditAction.PERSONS_EXPORTED).detail()).startsWith("1 persons; ").contains("search=完***")
                .doesNotContain("完成导出");
        assertThat(events(AuditAction.PERSONS_EXPORT_COMPLETED)).isEqualTo(completed + 1);
        assertThat(latest(AuditAction.PERSONS_EXPORT_COMPLETED).detail()).isEqualTo("1 persons written");
    }

    @Test
    void anExportOfMorePersonsThanTheLimitIsRefusedWithoutAReasonAndRecordedWithIt() throws Exception {
        login("fujia.staff", HomeView.class);
        registry.register(details("原因导出甲", newIdNumber(LocalDate.of(1986, 6, 1), Sex.MALE)));
        registry.register(details("原因导出乙", newIdNumber(LocalDate.of(1986, 6, 2), Sex.MALE)));
        PersonExport limitedToOne = new PersonExport(persons, orgUnits, divisions, trail, entityManager,
                new RegistrySettings(50_000, DataSize.ofMegabytes(20), 1), transactions, platformTransactions);
        PersonFilter two = new PersonFilter("原因导出", null, null, null);
        int started = events(AuditAction.PERSONS_EXPORTED);

        assertThatThrownBy(() -> limitedToOne.write(two, "  ", chinese(), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("reason");
                    assertThat(chinese().get(refusal.messageKey(), refusal.arguments())).isEqualTo("导出超过 1 人须说明原因");
                });
        assertThat(events(AuditAction.PERSONS_EXPORTED)).isEqualTo(started);

        assertThat(limitedToOne.write(two, "季度核查", chinese(), new ByteArrayOutputStream())).isEqualTo(2);
        assertThat(latest(AuditAction.PERSONS_EXPORTED).detail()).startsWith("2 persons; ").endsWith("reason: 季度核查");
    }

    private int events(AuditAction action) {
        return audit.list(TenantCode.of("621227101"), new AuditFilter("fujia.staff", action, null, null), 0, 10_000).size();
    }

    private AuditEvent latest(AuditAction action) {
        return audit.list(TenantCode.of("621227101"), new AuditFilter("fujia.staff", action, null, null), 0, 1).getFirst();
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }

    private List<List<String>> export(PersonFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, "核对名单", chinese(), out);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
