package cn.gongguan.enterprise;

import static cn.gongguan.enterprise.EnterpriseFixtures.DONGGUAN;
import static cn.gongguan.enterprise.EnterpriseFixtures.row;
import static cn.gongguan.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An enterprise's staff list imported: each row linked to the registry person of its ID number, a newcomer registered
 * and put on the visit worklist, a woman without a checked certificate put on the contact's certificate task; the same
 * list again adds nothing, a later list marks who left, and a bad cell is reported at its cell with the good rows kept.
 */
class StaffImportTest extends UiTest {

    private static final VisitList NOT_VISITED = new VisitList();

    @Autowired
    Enterprises enterprises;
    @Autowired
    StaffImports imports;
    @Autowired
    EnterpriseStaff staff;
    @Autowired
    EnterpriseTasks tasks;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Translations translations;
    @Autowired
    Today today;

    private Enterprise enterprise;

    @BeforeEach
    void anEnterpriseOfChengguan() {
        login("chengguan.staff", HomeView.class);
        enterprise = enterprises.register(EnterpriseFixtures.details(unique("导入厂"), DONGGUAN));
    }

    @Test
    void rowsAreLinkedToTheRegistryANewcomerAwaitsTheVisitAndTheSameListAgainAddsNothing() throws IOException {
        Person known = registry.register(PersonFixtures.details(unique("在册"),
                PersonFixtures.newIdNumber(LocalDate.of(1985, 3, 2), Sex.MALE)));
        String newcomerId = PersonFixtures.newIdNumber(LocalDate.of(1990, 6, 7), Sex.MALE);
        String womanId = PersonFixtures.newIdNumber(LocalDate.of(1996, 8, 9), Sex.FEMALE);
        String hired = today.date().minusDays(20).toString();
        List<List<String>> rows = List.of(row(known.getIdNumber().value(), known.getName(), "瓦工", hired, ""),
                row(newcomerId, unique("新员工"), "钢筋工", hired, ""),
                row(womanId, unique("女工"), "炊事员", hired, ""));
        StaffImport first = imports.forEnterprise(enterprise.getId());

        ImportResult result = first.importFrom(file(first, rows), chinese());

        assertThat(result.added()).isEqualTo(3);
        assertThat(result.rejected()).isZero();
        assertThat(first.newcomers()).isEqualTo(2);
        List<StaffEntry> listed = staff.current(enterprise.getId());
        Map<String, Person> linked = listed.stream().map(entry -> entry.member().getPerson())
                .collect(Collectors.toMap(p -> p.getIdNumber().value(), Function.identity()));
        assertThat(linked.get(known.getIdNumber().value()).getId()).as("linked, not entered twice")
                .isEqualTo(known.getId());
        Person newcomer = linked.get(newcomerId);
        assertThat(newcomer.getFlowType()).isEqualTo(FlowType.INFLOW);
        assertThat(newcomer.getOrgUnit()).isEqualTo(DONGGUAN);
        assertThat(newcomer.details().getEmployer()).isEqualTo(enterprise.getName());
        assertThat(registry.list(NOT_VISITED.filter(newcomer.getName()), PageRequest.of(0, 5)))
                .as("on the visit worklist").extracting(Person::getId).containsExactly(newcomer.getId());
        assertThat(first.certificatesAsked()).as("the woman of childbearing age without a certificate").isEqualTo(1);
        EnterpriseTask certificates = tasks.of(enterprise.getId()).getFirst();
        assertThat(certificates.getKind()).isEqualTo(TaskKind.CERTIFICATES);
        assertThat(certificates.getDueOn()).isEqualTo(today.date().plusDays(EnterpriseTasks.CERTIFICATE_DAYS));
        assertThat(certificates.getStaffIds()).containsExactly(listed.stream()
                .filter(entry -> entry.member().getPerson().getIdNumber().value().equals(womanId))
                .map(entry -> entry.member().getId()).findFirst().orElseThrow());

        StaffImport again = imports.forEnterprise(enterprise.getId());
        ImportResult second = again.importFrom(file(again, rows), chinese());

        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(again.newcomers()).isZero();
        assertThat(again.certificatesAsked()).isZero();
        assertThat(staff.count(enterprise.getId(), true)).isEqualTo(3);
        assertThat(tasks.of(enterprise.getId())).hasSize(1);
        assertThat(registry.count(new PersonFilter(newcomer.getName(), null, null, null))).isEqualTo(1);
    }

    @Test
    void aLaterListMarksWhoLeft() throws IOException {
        String id = PersonFixtures.newIdNumber(LocalDate.of(1988, 1, 4), Sex.MALE);
        String name = unique("离职工");
        String hired = today.date().minusDays(60).toString();
        StaffImport first = imports.forEnterprise(enterprise.getId());
        first.importFrom(file(first, List.of(row(id, name, "电工", hired, ""))), chinese());
        assertThat(staff.count(enterprise.getId(), false)).isEqualTo(1);

        StaffImport later = imports.forEnterprise(enterprise.getId());
        ImportResult result = later.importFrom(file(later, List.of(row(id, name, "电工", hired,
                today.date().minusDays(3).toString()))), chinese());

        assertThat(result.updated()).isEqualTo(1);
        assertThat(staff.count(enterprise.getId(), false)).as("no longer on the payroll").isZero();
        assertThat(staff.list(enterprise.getId(), true, 0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.member().getLeftOn()).isEqualTo(today.date().minusDays(3)));
    }

    @Test
    void aNameThatDiffersFromTheRegistryIsRefusedAtTheNameCell() throws IOException {
        Person known = registry.register(PersonFixtures.details(unique("真名"),
                PersonFixtures.newIdNumber(LocalDate.of(1984, 5, 6), Sex.MALE)));
        StaffImport run = imports.forEnterprise(enterprise.getId());

        ImportResult result = run.importFrom(file(run, List.of(row(known.getIdNumber().value(), "别名",
                "保安", today.date().minusDays(1).toString(), ""))), chinese());

        assertThat(result.rejected()).isEqualTo(1);
        assertThat(markedColumns(result)).containsExactly(StaffColumn.NAME);
    }

    @ParameterizedTest
    @EnumSource(value = StaffColumn.class)
    void aBadCellIsReportedAtItsCellAndTheGoodRowIsKept(StaffColumn column) throws IOException {
        String hired = today.date().minusDays(10).toString();
        List<String> good = row(PersonFixtures.newIdNumber(LocalDate.of(1991, 2, 3), Sex.MALE), unique("好行"),
                "焊工", hired, "");
        List<String> bad = row(PersonFixtures.newIdNumber(LocalDate.of(1991, 2, 3), Sex.MALE), unique("坏行"),
                "焊工", hired, "");
        bad.set(column.ordinal(), switch (column) {
            case ID_NUMBER -> "62122719900101123";
            case NAME -> "名".repeat(51);
            case SEX -> "女";
            case JOB -> "岗".repeat(51);
            case HIRED_ON -> today.date().plusDays(2).toString();
            case LEFT_ON -> today.date().minusDays(11).toString();
            case REGISTRATION_PLACE -> "火星市某街道";
            case PHONE -> "电话号码";
            case ADDRESS -> "址".repeat(201);
        });
        StaffImport run = imports.forEnterprise(enterprise.getId());

        ImportResult result = run.importFrom(file(run, List.of(good, bad)), chinese());

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(markedColumns(result)).containsExactly(column);
        assertThat(staff.current(enterprise.getId())).extracting(entry -> entry.member().getPerson().getName())
                .containsExactly(good.get(StaffColumn.NAME.ordinal()));
    }

    @Test
    void theTemplateHasTheStaffListsColumnsInChinese() throws IOException {
        StaffImport run = imports.forEnterprise(enterprise.getId());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        run.writeTemplate(chinese(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> headers = new java.util.ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("公民身份号码", "姓名", "性别", "岗位", "入职日期", "离职日期",
                    "户籍地（乡镇）", "联系电话", "详细地址");
        }
    }

    /** The columns whose cell the error workbook's first row marks. */
    private static List<StaffColumn> markedColumns(ImportResult result) throws IOException {
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(result.errorWorkbook()))) {
            Row line = errors.getSheetAt(0).getRow(1);
            return Arrays.stream(StaffColumn.values())
                    .filter(c -> line.getCell(c.ordinal()) != null && line.getCell(c.ordinal()).getCellComment() != null)
                    .toList();
        }
    }

    private ByteArrayInputStream file(StaffImport run, List<List<String>> rows) throws IOException {
        return new ByteArrayInputStream(cn.gongguan.registry.ImportFiles.workbook(run, chinese(), rows));
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }

    /** The visit worklist (一访) as its view lists it: persons living here with no visit, here narrowed to a name. */
    private static final class VisitList {
        PersonFilter filter(String name) {
            PersonFilter notVisited = PersonFilter.livingHere().and(FiveSteps.open(Step.VISIT));
            return new PersonFilter(name, null, null, null, notVisited.also());
        }
    }
}
