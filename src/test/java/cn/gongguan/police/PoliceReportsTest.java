package cn.gongguan.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.ImportFiles;
import cn.gongguan.registry.MaritalStatus;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A police station's monthly report, imported or typed: rows matched with the registry and the outflow records, bad
 * cells returned at the cell, the same file twice adding nothing, figures as the records say, other townships and
 * other roles kept out.
 */
class PoliceReportsTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    PoliceStations stations;
    @Autowired
    PoliceReports reports;
    @Autowired
    PoliceImports imports;
    @Autowired
    PersonRegistry registry;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Translations translations;
    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    List<FigureRecords> records;
    @Autowired
    Today today;

    @AfterEach
    void removeTestStations() {
        PoliceFixtures.removeStations(asOwner(), List.of(CHENGGUAN, FUJIA));
    }

    @Nested
    class Import {

        @Test
        void theSameFileImportedTwiceKeepsItsRowsOnce() throws IOException {
            PoliceStation station = station();
            YearMonth month = today.month();
            byte[] file = file(List.of(arrival("重复甲", newId()), row("迁出", newId(), "重复乙", today.date(), "兰州")));

            ImportResult first = imports.of(station.getId(), month).importFrom(new ByteArrayInputStream(file), chinese());
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.rejected()).isZero();
            List<ReportRow> rows = reports.rows(station.getId(), month);

            ImportResult second = imports.of(station.getId(), month).importFrom(new ByteArrayInputStream(file), chinese());
            assertThat(second.added()).isZero();
            assertThat(second.unchanged()).isEqualTo(2);
            assertThat(reports.rows(station.getId(), month)).extracting(ReportRow::getId)
                    .containsExactlyElementsOf(rows.stream().map(ReportRow::getId).toList());
            assertThat(reports.slots(month)).filteredOn(s -> s.station().getId().equals(station.getId()))
                    .singleElement().satisfies(slot -> {
                        assertThat(slot.received()).isTrue();
                        assertThat(slot.rows()).isEqualTo(2);
                    });
        }

        @Test
        void aNewArrivalIsRegisteredAsInflowAndWaitsForTheVisit() throws IOException {
            PoliceStation station = station();
            String id = newId();
            imports.of(station.getId(), today.month()).importFrom(new ByteArrayInputStream(
                    file(List.of(arrival("新到甲", id)))), chinese());

            Person person = registry.find(new IdNumber(id)).orElseThrow();
            assertThat(person.getFlowType()).isEqualTo(FlowType.INFLOW);
            assertThat(person.getAddress()).isEqualTo("建设路 1 号");
            assertThat(person.getArrivalDate()).isEqualTo(today.date());
            assertThat(registry.list(new PersonFilter(id, null, null, null).and(FiveSteps.open(Step.VISIT)),
                    PageRequest.of(0, 5))).extracting(Person::getId).as("on the visit worklist")
                    .containsExactly(person.getId());
            assertThat(reports.rows(station.getId(), today.month())).extracting(ReportRow::getOutcome)
                    .containsExactly(RowOutcome.REGISTERED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"idNumber", "kind", "dayFuture", "dayOutsideMonth", "name", "place", "note",
                "otherTownship", "registrationPlace"})
        void aBadCellIsReportedAtItsCellAndTheGoodRowIsKept(String bad) throws IOException {
            PoliceStation station = station();
            List<String> good = arrival("好行", newId());
            List<String> wrong = arrival("坏行", newId());
            PoliceColumn column = switch (bad) {
                case "idNumber" -> set(wrong, PoliceColumn.ID_NUMBER, wrongCheckDigit());
                case "kind" -> set(wrong, PoliceColumn.KIND, "户口变更");
                case "dayFuture" -> set(wrong, PoliceColumn.DAY, today.date().plusDays(1).toString());
                case "dayOutsideMonth" -> set(wrong, PoliceColumn.DAY, today.month().minusMonths(1).atDay(5).toString());
                case "name" -> set(wrong, PoliceColumn.NAME, "名".repeat(51));
                case "place" -> set(wrong, PoliceColumn.PLACE, "址".repeat(201));
                case "note" -> set(wrong, PoliceColumn.NOTE, "注".repeat(201));
                case "registrationPlace" -> set(wrong, PoliceColumn.REGISTRATION_PLACE, "不存在的乡镇");
                default -> {
                    String elsewhere = livingInFujia("伏家住户");
                    set(wrong, PoliceColumn.NAME, "伏家住户");
                    yield set(wrong, PoliceColumn.ID_NUMBER, elsewhere);
                }
            };

            ImportResult result = imports.of(station.getId(), today.month()).importFrom(new ByteArrayInputStream(
                    file(List.of(good, wrong))), chinese());

            assertThat(result.added()).isEqualTo(1);
            assertThat(result.rejected()).isEqualTo(1);
            assertThat(reports.rows(station.getId(), today.month())).extracting(ReportRow::getName)
                    .containsExactly("好行");
            try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(result.errorWorkbook()))) {
                Row line = errors.getSheetAt(0).getRow(1);
                assertThat(line.getCell(column.ordinal()).getCellComment()).as("marked at its cell").isNotNull();
                assertThat(Arrays.stream(PoliceColumn.values()).filter(c -> c != column)
                        .map(c -> line.getCell(c.ordinal()).getCellComment())).containsOnlyNulls();
                String reason = line.getCell(PoliceColumn.values().length).getStringCellValue();
                assertThat(reason).isNotBlank().doesNotContain("Exception");
                if (bad.equals("otherTownship")) {
                    assertThat(reason).contains("伏家镇");
                }
            }
        }

        @Test
        void aRowTwiceInTheFileIsRefusedTheSecondTime() throws IOException {
            PoliceStation station = station();
            List<String> once = arrival("两次", newId());
            ImportResult result = imports.of(station.getId(), today.month()).importFrom(new ByteArrayInputStream(
                    file(List.of(once, new ArrayList<>(once)))), chinese());
            assertThat(result.added()).isEqualTo(1);
            assertThat(result.rejected()).isEqualTo(1);
        }
    }

    @Nested
    class Matching {

        @Test
        void anOutflowPersonMovingBackIsBackAndMovingOutAgainLeaves() {
            login("chengguan.staff", HomeView.class);
            OutflowTrip away = trips.depart(OutflowFixtures.person("回乡甲", null),
                    OutflowFixtures.trip(today.date().minusDays(60), OutflowFixtures.CHUNXILU), TripSource.TOWNSHIP);
            long personId = away.getPerson().getId();
            String id = away.getPerson().getIdNumber().value();
            PoliceStation station = station();

            ReportRow back = reports.record(station.getId(), today.month(), typed(RowKind.MOVED_IN, id, "回乡甲", null));
            assertThat(back.getOutcome()).isEqualTo(RowOutcome.RETURNED);
            assertThat(trips.openTrip(personId)).isEmpty();
            assertThat(trips.of(personId).getFirst().getReturnDay()).isEqualTo(today.date());

            ReportRow gone = reports.record(station.getId(), today.month(),
                    typed(RowKind.MOVED_OUT, id, "回乡甲", "兰州市城关区某小区"));
            assertThat(gone.getOutcome()).isEqualTo(RowOutcome.DEPARTED);
            OutflowTrip trip = trips.openTrip(personId).orElseThrow();
            assertThat(trip.getSource()).isEqualTo(TripSource.POLICE);
            assertThat(trip.getDepartureDay()).isEqualTo(today.date());
            assertThat(trip.getDestinationAddress()).isEqualTo("兰州市城关区某小区");
            assertThat(trip.getDeclaredBy()).isEqualTo(station.getName());

            assertRefusedAt("idNumber", "police.row.already", () -> reports.record(station.getId(), today.month(),
                    typed(RowKind.MOVED_OUT, id, "回乡甲", "别处")));
        }

        @Test
        void anOutflowPersonAwayWhoMovesOnHasTheirAddressThereUpdated() {
            login("chengguan.staff", HomeView.class);
            OutflowTrip away = trips.depart(OutflowFixtures.person("外出乙", null),
                    OutflowFixtures.trip(today.date().minusDays(30), OutflowFixtures.CHUNXILU), TripSource.TOWNSHIP);
            PoliceStation station = station();

            ReportRow moved = reports.record(station.getId(), today.month(), typed(RowKind.MOVED_OUT,
                    away.getPerson().getIdNumber().value(), "外出乙", "成都市武侯区新地址"));

            assertThat(moved.getOutcome()).isEqualTo(RowOutcome.TRIP_UPDATED);
            OutflowTrip trip = trips.openTrip(away.getPerson().getId()).orElseThrow();
            assertThat(trip.getId()).isEqualTo(away.getId());
            assertThat(trip.getDestinationAddress()).isEqualTo("成都市武侯区新地址");
        }

        @Test
        void aKnownInflowPersonsAddressIsUpdatedAndANameThatDiffersIsRefused() {
            login("chengguan.staff", HomeView.class);
            Person person = registry.register(PersonFixtures.details("住户丙", newId()));
            PoliceStation station = station();
            String id = person.getIdNumber().value();

            assertRefusedAt("name", "person.name.differs", () -> reports.record(station.getId(), today.month(),
                    typed(RowKind.PERMIT_ISSUED, id, "别名", "新住址 9 号")));
            ReportRow row = reports.record(station.getId(), today.month(),
                    typed(RowKind.PERMIT_ISSUED, id, "住户丙", "新住址 9 号"));

            assertThat(row.getOutcome()).isEqualTo(RowOutcome.ADDRESS_UPDATED);
            assertThat(registry.find(person.getId()).orElseThrow().getAddress()).isEqualTo("新住址 9 号");
        }

        @Test
        void aTypedRowIsRefusedAtItsFieldAndNothingIsWritten() {
            login("chengguan.staff", HomeView.class);
            PoliceStation station = station();
            assertRefusedAt("idNumber", "idNumber.checkDigit", () -> reports.record(station.getId(), today.month(),
                    typed(RowKind.PERMIT_ISSUED, wrongCheckDigit(), "错号", null)));
            assertRefusedAt("registrationPlace", "police.row.neededToRegister", () -> reports.record(station.getId(),
                    today.month(), new RowInput(RowKind.MOVED_IN, newId(), "缺户籍地", today.date(), null, null,
                            MaritalStatus.MARRIED, null)));
            assertRefusedAt("idNumber", "police.row.livingElsewhere", () -> reports.record(station.getId(),
                    today.month(), typed(RowKind.MOVED_IN, livingInFujia("伏家乙"), "伏家乙", null)));
            assertThat(reports.rows(station.getId(), today.month())).isEmpty();
        }

        @Test
        void aMoveOutOfSomeoneAnotherTownshipHoldsIsNotedNotRefused() {
            login("chengguan.staff", HomeView.class);
            PoliceStation station = station();
            String movedOn = livingInFujia("伏家丙");

            reports.record(station.getId(), today.month(), typed(RowKind.MOVED_OUT, movedOn, "伏家丙", null));

            assertThat(reports.rows(station.getId(), today.month())).extracting(ReportRow::getOutcome)
                    .as("the ordinary move out to another township completes the report").containsExactly(RowOutcome.NOTED);
        }
    }

    @Nested
    class Figures {

        @Test
        void theMonthsFiguresAreTheSlotsAndRowsOfItsReports() throws IOException {
            PoliceStation reporting = station();
            station(); // missing this month
            YearMonth month = today.month();
            imports.of(reporting.getId(), month).importFrom(new ByteArrayInputStream(
                    file(List.of(arrival("计数甲", newId()), arrival("计数乙", newId())))), chinese());
            List<PoliceReports.Slot> slots = reports.slots(month);

            FigureProbe probe = new FigureProbe(recount, rollups, asOwner());
            probe.recount();
            Map<String, Long> figures = probe.of(CHENGGUAN, UnitCounts.TOTAL, month, List.of(PoliceFigures.REPORTS_DUE,
                    PoliceFigures.REPORTS_RECEIVED, PoliceFigures.REPORTS_MISSING, PoliceFigures.PERSONS_REGISTERED));

            long received = slots.stream().filter(PoliceReports.Slot::received).count();
            long registered = slots.stream().filter(PoliceReports.Slot::received)
                    .flatMap(slot -> reports.rows(slot.station().getId(), month).stream())
                    .filter(row -> row.getOutcome() == RowOutcome.REGISTERED).count();
            assertThat(figures).containsEntry(PoliceFigures.REPORTS_DUE, (long) slots.size())
                    .containsEntry(PoliceFigures.REPORTS_RECEIVED, received)
                    .containsEntry(PoliceFigures.REPORTS_MISSING, (long) reports.missing(month).size())
                    .containsEntry(PoliceFigures.PERSONS_REGISTERED, registered);
            assertThat(registered).isGreaterThanOrEqualTo(2);
            FigureRecords missing = records.stream()
                    .filter(r -> r.indicator().equals(PoliceFigures.REPORTS_MISSING)).findFirst().orElseThrow();
            assertThat(missing.items(month, month)).hasSize(figures.get(PoliceFigures.REPORTS_MISSING).intValue())
                    .anySatisfy(item -> assertThat(item.detail()).startsWith(PoliceFixtures.PREFIX));
        }
    }

    @Nested
    class Isolation {

        @Test
        void anotherTownshipSeesNoneOfTheStationsReportsOrRows() throws IOException {
            PoliceStation station = station();
            imports.of(station.getId(), today.month()).importFrom(new ByteArrayInputStream(
                    file(List.of(arrival("隔离甲", newId())))), chinese());
            logout();

            login("fujia.admin", HomeView.class);
            assertThat(stations.all()).extracting(PoliceStation::getName).doesNotContain(station.getName());
            assertThat(reports.slots(today.month())).extracting(slot -> slot.station().getName())
                    .doesNotContain(station.getName());
            assertThat(reports.rows(station.getId(), today.month())).extracting(ReportRow::getName)
                    .doesNotContain("隔离甲");
            for (String table : List.of("police_station", "police_report", "police_report_row")) {
                assertThatThrownBy(() -> sqlAsTenant(FUJIA, "select count(*) from t_621227100." + table))
                        .as(table).hasStackTraceContaining("permission denied for schema t_621227100");
            }
        }
    }

    @Nested
    class Roles {

        @Test
        void officersAndOtherRolesAreRefusedAndStaffMayNotKeepStations() {
            login("chengguan.officer", HomeView.class);
            assertThatThrownBy(() -> reports.slots(today.month())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> stations.all()).isInstanceOf(AccessDeniedException.class);
            logout();
            login("beijie.clerk", HomeView.class);
            assertThatThrownBy(() -> reports.missing(today.month())).isInstanceOf(AccessDeniedException.class);
            logout();
            login("chengguan.staff", HomeView.class);
            assertThat(reports.slots(today.month())).isNotNull();
            assertThatThrownBy(() -> stations.register(PoliceFixtures.station()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** A station of 城关镇 registered by its administrator; the test goes on as its staff. */
    private PoliceStation station() {
        logout();
        login("chengguan.admin", HomeView.class);
        PoliceStation station = stations.register(PoliceFixtures.station());
        logout();
        login("chengguan.staff", HomeView.class);
        return station;
    }

    /** The ID number of a person 伏家镇 registers as living there; the test goes on as 城关镇's staff. */
    private String livingInFujia(String name) {
        logout();
        login("fujia.staff", HomeView.class);
        String id = newId();
        registry.register(PersonFixtures.details(name, id));
        logout();
        login("chengguan.staff", HomeView.class);
        return id;
    }

    private static String newId() {
        return PersonFixtures.newIdNumber(LocalDate.of(1991, 6, 7), Sex.FEMALE);
    }

    /** An ID number failing GB 11643 by its check digit only. */
    private static String wrongCheckDigit() {
        String good = newId();
        return good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    }

    private RowInput typed(RowKind kind, String id, String name, String place) {
        return new RowInput(kind, id, name, today.date(), place, null, null, null);
    }

    private List<String> arrival(String name, String id) {
        return row("办理居住证", id, name, today.date(), "建设路 1 号");
    }

    private static List<String> row(String kind, String id, String name, LocalDate day, String place) {
        return new ArrayList<>(List.of(kind, id, name, day.toString(), place, "510107001", "已婚", ""));
    }

    private static PoliceColumn set(List<String> row, PoliceColumn column, String value) {
        row.set(column.ordinal(), value);
        return column;
    }

    private byte[] file(List<List<String>> rows) throws IOException {
        return ImportFiles.workbook(imports.of(0, today.month()), chinese(), rows);
    }

    private Texts chinese() {
        return (key, args) -> translations.getTranslation(key, Translations.CHINESE, args);
    }

    private static void assertRefusedAt(String field, String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }
}
