package cn.gongguan.registry;

import static cn.gongguan.registry.PersonFixtures.details;
import static cn.gongguan.registry.PersonFixtures.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Sex;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonExportTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonExport export;
    @Autowired
    Translations translations;
    @Autowired
    AuditRows audit;

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

    private List<List<String>> export(PersonFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, (key, args) -> translations.getTranslation(key, Translations.CHINESE, args), out);
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
