package cn.gongguan.outflow.report;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.FUJIA;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** 信息员上报: each kind from the officer to the township, refusals at the field, scope, stale acceptance, isolation. */
class OfficerReportsTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final String XIANNONG = "621227100200";
    static final String FANLENG = "621227100201";
    static final String OFFICER = "chengguan.officer";

    @Autowired
    OfficerReports reports;
    @Autowired
    OutflowTrips trips;
    @Autowired
    PersonRegistry registry;
    @Autowired
    AuditRows audit;
    @Autowired
    Today today;

    @Nested
    class TheFullFlow {

        @Test
        void aLevel1DepartureOfSomeoneNewGoesStraightToTheTownshipWhoseAcceptanceOpensAnOfficerTrip() {
            login(OFFICER, HomeView.class);
            OfficerReport report = reports.report(ReportInput.departure(person("上报甲", XIANNONG),
                    trip(today.date().minusDays(2), CHUNXILU)));
            assertThat(report.getState()).isEqualTo(ReportState.FORWARDED);
            assertThat(report.getForwardedBy()).isEqualTo(OFFICER);
            assertThat(report.getPerson()).isNull();

            login("chengguan.staff", HomeView.class);
            assertThat(reports.atTownship(Set.of(ReportState.FORWARDED), PageRequest.of(0, 500)))
                    .extracting(OfficerReport::getId).contains(report.getId());
            OfficerReport accepted = reports.accept(report.getId(), report.getVersion());
            assertThat(accepted.getState()).isEqualTo(ReportState.ACCEPTED);
            assertThat(accepted.getDecidedBy()).isEqualTo("chengguan.staff");
            OutflowTrip trip = trips.find(accepted.getTripId()).orElseThrow();
            assertThat(trip.getSource()).isEqualTo(TripSource.OFFICER);
            assertThat(trip.getPerson().getName()).isEqualTo("上报甲");
            assertThat(trip.getPerson().getFlowType()).isEqualTo(FlowType.OUTFLOW);
            assertThat(audit.list(CHENGGUAN, new AuditFilter("chengguan.staff", AuditAction.OFFICER_REPORT_ACCEPTED,
                    null, null), 0, 50)).extracting(e -> e.subject()).contains("officer_report:" + report.getId());
            assertThat(audit.list(CHENGGUAN, new AuditFilter(OFFICER, AuditAction.OFFICER_REPORT_SUBMITTED,
                    null, null), 0, 50)).extracting(e -> e.subject()).contains("officer_report:" + report.getId());
        }

        @Test
        void aDepartureOfAPersonOfTheRegistryAndTheirReturnAreRecordedOnAcceptance() {
            long personId = homeAgain("上报乙", XIANNONG);
            login(OFFICER, HomeView.class);
            OfficerReport departure = reports.report(ReportInput.departureOf(personId,
                    trip(today.date().minusDays(3), FUJIA)));
            login("chengguan.staff", HomeView.class);
            OfficerReport accepted = reports.accept(departure.getId(), departure.getVersion());
            OutflowTrip trip = trips.find(accepted.getTripId()).orElseThrow();
            assertThat(trip.isRepeated()).isTrue();

            login(OFFICER, HomeView.class);
            OfficerReport back = reports.report(ReportInput.returnOf(personId, today.date()));
            login("chengguan.admin", HomeView.class);
            reports.accept(back.getId(), back.getVersion());
            assertThat(trips.openTrip(personId)).isEmpty();
        }

        @Test
        void anArrivalAcceptedRegistersAnInflowPersonWhoAwaitsTheVisit() {
            login(OFFICER, HomeView.class);
            PersonDetails newcomer = arrival("流入甲", XIANNONG);
            OfficerReport report = reports.report(ReportInput.arrival(newcomer));
            login("chengguan.staff", HomeView.class);
            Person registered = reports.accept(report.getId(), report.getVersion()).getPerson();
            assertThat(registered.getFlowType()).isEqualTo(FlowType.INFLOW);
            assertThat(registry.list(PersonFilter.livingHere().and(FiveSteps.open(Step.VISIT)), PageRequest.of(0, 1000)))
                    .extracting(Person::getId).contains(registered.getId());
        }

        @Test
        void theTownshipReturnsAReportWithAReasonWhichTheReporterSeesCorrectsAndSubmitsAgain() {
            login(OFFICER, HomeView.class);
            OfficerReport report = reports.report(ReportInput.arrival(arrival("流入乙", XIANNONG)));
            login("chengguan.staff", HomeView.class);
            assertRefusedAt("reason", () -> reports.sendBack(report.getId(), report.getVersion(), "  "));
            OfficerReport returned = reports.sendBack(report.getId(), report.getVersion(), "户籍地填错了");
            assertThat(returned.getState()).isEqualTo(ReportState.RETURNED);

            login(OFFICER, HomeView.class);
            assertThat(reports.countReturnedToMe()).isPositive();
            OfficerReport seen = reports.mine(PageRequest.of(0, 500)).stream()
                    .filter(r -> r.getId().equals(report.getId())).findFirst().orElseThrow();
            assertThat(seen.getReason()).isEqualTo("户籍地填错了");
            assertThat(seen.getDecidedBy()).isEqualTo("chengguan.staff");
            PersonDetails corrected = seen.newcomer();
            corrected.setRegistrationPlace("620502002");
            OfficerReport again = reports.correct(seen.getId(), seen.getVersion(), ReportInput.arrival(corrected));
            assertThat(again.getState()).isEqualTo(ReportState.FORWARDED);
            assertThat(again.getReason()).isNull();
            assertThatThrownBy(() -> reports.correct(seen.getId(), seen.getVersion(), ReportInput.arrival(corrected)))
                    .isInstanceOf(StaleEditException.class);
        }
    }

    @Nested
    class Refusals {

        @Test
        void wrongReportsAreRefusedAtTheirFields() {
            login(OFFICER, HomeView.class);
            LocalDate day = today.date();
            assertRefusedAt("departureDay", () -> reports.report(ReportInput.departure(person("错甲", XIANNONG),
                    trip(day.plusDays(1), CHUNXILU))));
            assertRefusedAt("destination", () -> reports.report(ReportInput.departure(person("错甲", XIANNONG),
                    trip(day, "510104"))));
            assertRefusedAt("idNumber", () -> {
                PersonDetails noNumber = person("错甲", XIANNONG);
                noNumber.setIdNumber("123");
                reports.report(ReportInput.departure(noNumber, trip(day, CHUNXILU)));
            });
            assertRefusedAt("person", () -> reports.report(
                    new ReportInput(ReportKind.DEPARTURE, null, null, trip(day, CHUNXILU), null)));
            PersonDetails outflowing = arrival("错乙", XIANNONG);
            outflowing.setFlowType(FlowType.OUTFLOW);
            assertRefusedAt("flowType", () -> reports.report(ReportInput.arrival(outflowing)));
            PersonDetails local = arrival("错乙", XIANNONG);
            local.setRegistrationPlace(CHENGGUAN.value());
            assertRefusedAt("registrationPlace", () -> reports.report(ReportInput.arrival(local)));
            PersonDetails undated = arrival("错乙", XIANNONG);
            undated.setArrivalDate(null);
            assertRefusedAt("arrivalDate", () -> reports.report(ReportInput.arrival(undated)));
            long home = homeAgain("在家者", XIANNONG);
            login(OFFICER, HomeView.class);
            assertRefusedAt("person", () -> reports.report(ReportInput.returnOf(home, day)));
        }

        @Test
        void anOfficerReportsOnlyPersonsOfTheirOwnVillage() {
            long otherVillage = homeAgain("他村者", FANLENG);
            login(OFFICER, HomeView.class);
            assertRefusedAt("person", () -> reports.report(ReportInput.departureOf(otherVillage,
                    trip(today.date(), CHUNXILU))));
            assertRefusedAt("person", () -> reports.report(ReportInput.returnOf(otherVillage, today.date())));
            assertRefusedAt("orgUnit", () -> reports.report(ReportInput.departure(person("他村新", FANLENG),
                    trip(today.date(), CHUNXILU))));
            assertRefusedAt("orgUnit", () -> reports.report(ReportInput.arrival(arrival("他村来", FANLENG))));
            login("chengguan.staff", HomeView.class);
            String number = registry.find(otherVillage).orElseThrow().getIdNumber().value();
            login(OFFICER, HomeView.class);
            PersonDetails sameNumber = person("他村者", XIANNONG);
            sameNumber.setIdNumber(number);
            assertRefusedAt("idNumber", () -> reports.report(ReportInput.departure(sameNumber,
                    trip(today.date(), CHUNXILU))));
        }

        @Test
        void onlyOfficersReportAndOnlyTheTownshipAccepts() {
            login("chengguan.staff", HomeView.class);
            assertThatThrownBy(() -> reports.report(ReportInput.arrival(arrival("角色", XIANNONG))))
                    .isInstanceOf(AccessDeniedException.class);
            login(OFFICER, HomeView.class);
            OfficerReport report = reports.report(ReportInput.arrival(arrival("角色甲", XIANNONG)));
            assertThatThrownBy(() -> reports.accept(report.getId(), report.getVersion()))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void anAcceptanceTheRulesRefuseChangesNothingAndLeavesTheRefusalOnTheReport() {
            long personId = homeAgain("先走了", XIANNONG);
            login(OFFICER, HomeView.class);
            OfficerReport report = reports.report(ReportInput.departureOf(personId,
                    trip(today.date().minusDays(1), CHUNXILU)));
            login("chengguan.staff", HomeView.class);
            trips.departOf(personId, trip(today.date().minusDays(1), FUJIA), TripSource.TOWNSHIP);
            assertThatThrownBy(() -> reports.accept(report.getId(), report.getVersion()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("outflow.alreadyAway"));
            OfficerReport kept = reports.find(report.getId()).orElseThrow();
            assertThat(kept.getState()).isEqualTo(ReportState.FORWARDED);
            assertThat(kept.getVersion()).isEqualTo(report.getVersion());
            assertThat(kept.getRefusalKey()).isEqualTo("outflow.alreadyAway");
            assertThat(kept.getRefusalArgs()).hasSize(1);
            assertThat(kept.trip().destination()).isEqualTo(CHUNXILU);
            assertThat(trips.of(personId)).filteredOn(OutflowTrip::isOpen).extracting(OutflowTrip::getDestination)
                    .containsExactly(FUJIA);
            reports.sendBack(kept.getId(), kept.getVersion(), "已由乡镇登记");
        }

        @Test
        void aSecondAcceptanceOfTheSameReportIsRefusedNamingTheFirst() {
            login(OFFICER, HomeView.class);
            OfficerReport report = reports.report(ReportInput.arrival(arrival("双接收", XIANNONG)));
            login("chengguan.staff", HomeView.class);
            reports.accept(report.getId(), report.getVersion());
            login("chengguan.admin", HomeView.class);
            assertThatThrownBy(() -> reports.accept(report.getId(), report.getVersion()))
                    .isInstanceOfSatisfying(StaleEditException.class,
                            e -> assertThat(e.savedBy()).isEqualTo("chengguan.staff"));
            assertThatThrownBy(() -> reports.sendBack(report.getId(), report.getVersion(), "晚了"))
                    .isInstanceOf(StaleEditException.class);
        }
    }

    @Nested
    class TwoLevels {

        @Test
        void aLevel2ReportWaitsAtTheVillageStationUntilTheLevel1OfficerForwardsItToTheTownship() {
            String group = login("chengguan.group", HomeView.class).orgUnit();
            OfficerReport report = reports.report(ReportInput.arrival(arrival("组报甲", group)));
            assertThat(report.getState()).isEqualTo(ReportState.SUBMITTED);
            assertThat(report.getReporterUnit()).isEqualTo(group);
            assertThatThrownBy(() -> reports.forward(Map.of(report.getId(), report.getVersion())))
                    .isInstanceOf(AccessDeniedException.class);

            login("chengguan.staff", HomeView.class);
            assertThat(reports.atTownship(Set.of(ReportState.FORWARDED), PageRequest.of(0, 1000)))
                    .extracting(OfficerReport::getId).doesNotContain(report.getId());

            login(OFFICER, HomeView.class);
            assertThat(reports.atStation(PageRequest.of(0, 500))).extracting(OfficerReport::getId)
                    .contains(report.getId());
            OfficerReport forwarded = reports.forward(Map.of(report.getId(), report.getVersion())).getFirst();
            assertThat(forwarded.getState()).isEqualTo(ReportState.FORWARDED);
            assertThat(forwarded.getForwardedBy()).isEqualTo(OFFICER);
            assertThat(reports.atStation(PageRequest.of(0, 500))).extracting(OfficerReport::getId)
                    .doesNotContain(report.getId());

            login("chengguan.staff", HomeView.class);
            assertThat(reports.accept(forwarded.getId(), forwarded.getVersion()).getPerson().getOrgUnit())
                    .isEqualTo(group);
        }

        @Test
        void theStationForwardsAllSelectedOrNoneAndSendsOneBackWithAReason() {
            String group = login("chengguan.group", HomeView.class).orgUnit();
            OfficerReport first = reports.report(ReportInput.arrival(arrival("组报乙", group)));
            OfficerReport second = reports.report(ReportInput.arrival(arrival("组报丙", group)));
            OfficerReport third = reports.report(ReportInput.arrival(arrival("组报丁", group)));

            login(OFFICER, HomeView.class);
            assertRefusedAt("reason", () -> reports.sendBack(third.getId(), third.getVersion(), ""));
            reports.sendBack(third.getId(), third.getVersion(), "不是本组人员");
            assertThatThrownBy(() -> reports.forward(Map.of(first.getId(), first.getVersion(),
                    third.getId(), third.getVersion()))).isInstanceOf(StaleEditException.class);
            assertThat(reports.find(first.getId())).map(OfficerReport::getState).contains(ReportState.SUBMITTED);
            assertThat(reports.forward(Map.of(first.getId(), first.getVersion(), second.getId(), second.getVersion())))
                    .extracting(OfficerReport::getState).containsOnly(ReportState.FORWARDED);

            login("chengguan.group", HomeView.class);
            assertThat(reports.mine(PageRequest.of(0, 500))).filteredOn(r -> r.getId().equals(third.getId()))
                    .singleElement().satisfies(r -> {
                        assertThat(r.getState()).isEqualTo(ReportState.RETURNED);
                        assertThat(r.getReason()).isEqualTo("不是本组人员");
                        assertThat(r.getDecidedBy()).isEqualTo(OFFICER);
                    });
        }

        @Test
        void theTownshipTakesALevel2ReportStillAtTheStationWhenNoLevel1OfficerForwardsIt() {
            String group = login("chengguan.group", HomeView.class).orgUnit();
            OfficerReport waiting = reports.report(ReportInput.arrival(arrival("无人转报", group)));
            OfficerReport other = reports.report(ReportInput.arrival(arrival("无人转报乙", group)));

            login("chengguan.staff", HomeView.class);
            assertThat(reports.atTownship(Set.of(ReportState.SUBMITTED), PageRequest.of(0, 1000)))
                    .extracting(OfficerReport::getId).contains(waiting.getId(), other.getId());
            OfficerReport accepted = reports.accept(waiting.getId(), waiting.getVersion());
            assertThat(accepted.getState()).isEqualTo(ReportState.ACCEPTED);
            assertThat(accepted.getPerson().getOrgUnit()).isEqualTo(group);
            assertThat(reports.sendBack(other.getId(), other.getVersion(), "请补充现住址").getState())
                    .isEqualTo(ReportState.RETURNED);

            login(OFFICER, HomeView.class);
            assertThat(reports.atStation(PageRequest.of(0, 500))).extracting(OfficerReport::getId)
                    .doesNotContain(waiting.getId(), other.getId());
        }

        @Test
        void aLevel2OfficerReportsOnlyPersonsOfTheirOwnGroup() {
            long ofTheVillage = homeAgain("村里人", XIANNONG);
            String group = login("chengguan.group", HomeView.class).orgUnit();
            assertRefusedAt("person", () -> reports.report(ReportInput.departureOf(ofTheVillage,
                    trip(today.date(), CHUNXILU))));
            assertRefusedAt("orgUnit", () -> reports.report(ReportInput.arrival(arrival("村里来", XIANNONG))));
            assertThat(reports.report(ReportInput.arrival(arrival("组里来", group))).getState())
                    .isEqualTo(ReportState.SUBMITTED);
        }
    }

    @Test
    void anotherTownshipCannotSeeOrChangeTheReportsThroughTheServiceOrSql() {
        login(OFFICER, HomeView.class);
        OfficerReport report = reports.report(ReportInput.arrival(arrival("隔离上报", XIANNONG)));
        login("fujia.staff", HomeView.class);
        assertThat(reports.atTownship(Set.of(ReportState.values()), PageRequest.of(0, 1000)))
                .extracting(OfficerReport::personName).doesNotContain("隔离上报");
        assertThat(reports.find(report.getId())).isEmpty();
        assertThatThrownBy(() -> reports.accept(report.getId(), report.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(FUJIA), "select count(*) from t_621227100.officer_report"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(FUJIA),
                "update t_621227100.officer_report set state = 'ACCEPTED'"))
                .hasStackTraceContaining("permission denied");
        login("chengguan.staff", HomeView.class);
        assertThat(reports.find(report.getId())).map(OfficerReport::getState).contains(ReportState.FORWARDED);
    }

    @Test
    void theDemoHoldsAReportAwaitingAcceptanceOneReturnedWithAReasonAndOneAtTheVillageStation() {
        login("chengguan.staff", HomeView.class);
        assertThat(reports.atTownship(Set.of(ReportState.FORWARDED), PageRequest.of(0, 1000)))
                .anyMatch(r -> r.personName().equals("何小燕") && r.getReportedBy().equals(OFFICER));
        assertThat(reports.atTownship(Set.of(ReportState.RETURNED), PageRequest.of(0, 1000)))
                .anyMatch(r -> r.personName().equals("马丽") && r.getReason() != null);
        login(OFFICER, HomeView.class);
        assertThat(reports.atStation(PageRequest.of(0, 100)))
                .anyMatch(r -> r.personName().equals("韩梅") && r.getReportedBy().equals("chengguan.group"));
    }

    /** A person of the village registered here who was away and came back: home now, free to leave again. */
    long homeAgain(String name, String village) {
        login("chengguan.staff", HomeView.class);
        OutflowTrip first = trips.depart(person(name, village), trip(today.date().minusDays(90), CHUNXILU),
                TripSource.TOWNSHIP);
        trips.returned(first.getId(), first.getVersion(), today.date().minusDays(30));
        return first.getPerson().getId();
    }

    PersonDetails arrival(String name, String village) {
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1993, 6, 7),
                Sex.FEMALE));
        details.setOrgUnit(village);
        details.setFlowType(FlowType.INFLOW);
        details.setArrivalDate(today.date().minusDays(5));
        return details;
    }

    static void assertRefusedAt(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
