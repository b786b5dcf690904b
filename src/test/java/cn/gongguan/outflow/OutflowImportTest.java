package cn.gongguan.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.ImportFiles;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** An outflow list kept in Excel, imported: template, errors at their cells, good rows kept, idempotent. */
class OutflowImportTest extends UiTest {

    @Autowired
    OutflowImport outflowImport;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Translations translations;
    @Autowired
    Today today;

    @Test
    void theTemplateHasTheListsColumnsInChineseAndSaysWhatItTakes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        outflowImport.writeTemplate(chinese(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("公民身份号码", "姓名", "联系电话", "所在村（社区）", "户籍地住址",
                    "外出日期", "流入地（乡镇）", "流入地详细地址", "流入地工作单位", "流入地联系电话", "已持《流动人口婚育证明》",
                    "申报人", "申报日期", "返回日期");
            assertThat(workbook.getSheetAt(1).getRow(2).getCell(0).getStringCellValue()).contains("广东省广州市天河区五山街道");
        }
    }

    @Test
    void aFilledTemplateImportsItsTripsAndTheSameFileAgainAddsNothing() throws IOException {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(60);
        List<String> byName = row("导入甲", left);
        byName.set(OutflowColumn.DESTINATION.ordinal(), "广东省广州市天河区五山街道");
        List<String> late = row("导入乙", left);
        late.set(OutflowColumn.DECLARED_ON.ordinal(), left.plusDays(9).toString());
        byte[] file = ImportFiles.workbook(outflowImport, chinese(), List.of(byName, late));

        ImportResult first = outflowImport.importFrom(new ByteArrayInputStream(file), chinese());
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.rejected()).isZero();
        OutflowTrip trip = tripOf("导入甲");
        assertThat(trip.getDestination()).isEqualTo("440106001");
        assertThat(trip.getSource()).isEqualTo(TripSource.IMPORT);
        assertThat(trip.isOnTime()).isTrue();
        assertThat(trip.getPerson().getOrgUnit()).isEqualTo("621227100201");
        assertThat(tripOf("导入乙").isOnTime()).as("a late declaration is taken and counted late").isFalse();

        ImportResult second = outflowImport.importFrom(new ByteArrayInputStream(file), chinese());
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(trips.of(trip.getPerson().getId())).hasSize(1);
    }

    @Test
    void aReturnDayInTheFileClosesTheTripAlreadyRecorded() throws IOException {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(90);
        List<String> away = row("导入丙", left);
        outflowImport.importFrom(new ByteArrayInputStream(ImportFiles.workbook(outflowImport, chinese(),
                List.of(away))), chinese());
        assertThat(tripOf("导入丙").isOpen()).isTrue();

        List<String> back = new ArrayList<>(away);
        back.set(OutflowColumn.RETURN_DAY.ordinal(), today.date().minusDays(5).toString());
        ImportResult result = outflowImport.importFrom(new ByteArrayInputStream(ImportFiles.workbook(outflowImport,
                chinese(), List.of(back))), chinese());

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.added()).isZero();
        OutflowTrip trip = trips.of(tripOf("导入丙").getPerson().getId()).getFirst();
        assertThat(trip.getReturnDay()).isEqualTo(today.date().minusDays(5));
    }

    @ParameterizedTest
    @EnumSource(OutflowColumn.class)
    void aBadCellIsReportedAtItsCellAndTheGoodRowIsKept(OutflowColumn column) throws IOException {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(30);
        List<String> good = row("好行" + column.ordinal(), left);
        List<String> bad = row("坏行" + column.ordinal(), left);
        bad.set(column.ordinal(), switch (column) {
            case ID_NUMBER -> "62122719900101123";
            case NAME -> "名".repeat(51);
            case PHONE -> "电话号码";
            case ORG_UNIT -> "不存在村";
            case ADDRESS, DESTINATION_ADDRESS -> "址".repeat(201);
            case DEPARTURE_DAY -> "昨天";
            case DESTINATION -> "火星市某街道";
            case WORK_UNIT -> "厂".repeat(101);
            case DESTINATION_PHONE -> "打不通";
            case CERTIFICATE_HELD -> "也许";
            case DECLARED_BY -> "人".repeat(51);
            case DECLARED_ON -> today.date().plusDays(3).toString();
            case RETURN_DAY -> left.minusDays(1).toString();
        });
        byte[] file = ImportFiles.workbook(outflowImport, chinese(), List.of(good, bad));

        ImportResult result = outflowImport.importFrom(new ByteArrayInputStream(file), chinese());

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(tripOf("好行" + column.ordinal())).isNotNull();
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(result.errorWorkbook()))) {
            Sheet sheet = errors.getSheetAt(0);
            Row line = sheet.getRow(1);
            assertThat(line.getCell(column.ordinal()).getCellComment()).as("marked at its cell").isNotNull();
            assertThat(Arrays.stream(OutflowColumn.values()).filter(c -> c != column)
                    .map(c -> line.getCell(c.ordinal()).getCellComment())).containsOnlyNulls();
            assertThat(line.getCell(OutflowColumn.values().length + 1).getNumericCellValue()).isEqualTo(3);
            assertThat(line.getCell(OutflowColumn.values().length).getStringCellValue()).isNotBlank()
                    .doesNotContain("Exception");
        }
    }

    /** A row of the list as a township keeps it: a new person of 樊塄村 away since {@code left}, declared that day. */
    private List<String> row(String name, LocalDate left) {
        List<String> cells = new ArrayList<>(List.of(
                PersonFixtures.newIdNumber(LocalDate.of(1993, 4, 5), Sex.MALE), name, "13800001111", "621227100201",
                "樊塄村 7 号", left.toString(), "510104018", "东湖路 1 号", "某厂", "13900002222", "是", "本人",
                left.toString(), ""));
        return cells;
    }

    private OutflowTrip tripOf(String name) {
        return trips.list(new OutflowFilter(name, null, null), PageRequest.of(0, 1)).getFirst();
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }
}
