package cn.gongguan.outflow;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.FUJIA;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.reference.Sex;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class OutflowTripsTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String XIANNONG = "621227100200";
    private static final String FANLENG = "621227100201";

    @Autowired
    OutflowTrips trips;
    @Autowired
    PersonRegistry registry;
    @Autowired
    AuditRows audit;
    @Autowired
    Today today;

    @Test
    void aDepartureOfSomeoneNewRegistersThemAsAnOutflowPersonWithAnOpenTripAudited() {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(3);
        OutflowTrip trip = trips.depart(person("外出甲", XIANNONG), trip(left, CHUNXILU), TripSource.TOWNSHIP);

        assertThat(trip.isOpen()).isTrue();
        assertThat(trip.isOnTime()).isTrue();
        assertThat(trip.isRepeated()).isFalse();
        assertThat(trip.getPerson().getFlowType()).isEqualTo(FlowType.OUTFLOW);
        assertThat(trip.getPerson().getRegistrationPlace()).isEqualTo(CHENGGUAN.value());
        assertThat(trips.openTrip(trip.getPerson().getId())).map(OutflowTrip::getId).contains(trip.getId());
        assertThat(audit.list(CHENGGUAN, new AuditFilter("chengguan.staff", AuditAction.OUTFLOW_DEPARTED, null, null),
                0, 50)).extracting(e -> e.subject()).contains("outflow_trip:" + trip.getId());
    }

    @Test
    void aDepartureDeclaredAfterTheDayOfLeavingCountsAsLate() {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(20);
        TripDetails declaredLate = new TripDetails(left, CHUNXILU, null, null, null, false, "家属", left.plusDays(5));
        OutflowTrip trip = trips.depart(person("外出乙", XIANNONG), declaredLate, TripSource.TOWNSHIP);
        assertThat(trip.isOnTime()).isFalse();
    }

    @Test
    void aReturnClosesTheTripAndTheNextDepartureIsARepeatedOutflow() {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(60);
        OutflowTrip first = trips.depart(person("外出丙", XIANNONG), trip(left, CHUNXILU), TripSource.TOWNSHIP);
        long personId = first.getPerson().getId();

        OutflowTrip closed = trips.returned(first.getId(), first.getVersion(), left.plusDays(30));
        assertThat(closed.isOpen()).isFalse();
        assertThat(trips.openTrip(personId)).isEmpty();

        assertThatThrownBy(() -> trips.departOf(personId, trip(left.plusDays(10), CHUNXILU), TripSource.TOWNSHIP))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("departureDay"));
        OutflowTrip again = trips.departOf(personId, trip(left.plusDays(40), FUJIA), TripSource.TOWNSHIP);
        assertThat(again.isRepeated()).isTrue();
        assertThat(OutflowTrips.intraCounty(again, CHENGGUAN)).isTrue();
        assertThat(trips.of(personId)).extracting(OutflowTrip::getId).containsExactly(again.getId(), first.getId());
    }

    @Test
    void wrongDeclarationsAreRefusedAtTheirFields() {
        login("chengguan.staff", HomeView.class);
        LocalDate day = today.date();
        OutflowTrip away = trips.depart(person("外出丁", XIANNONG), trip(day.minusDays(5), CHUNXILU),
                TripSource.TOWNSHIP);
        long personId = away.getPerson().getId();

        assertRefusedAt("departureDay", () -> trips.departOf(personId, trip(day, CHUNXILU), TripSource.TOWNSHIP));
        assertRefusedAt("returnDay", () -> trips.returned(away.getId(), away.getVersion(), day.minusDays(6)));
        assertRefusedAt("returnDay", () -> trips.returned(away.getId(), away.getVersion(), day.plusDays(1)));
        assertRefusedAt("departureDay",
                () -> trips.depart(person("外出戊", XIANNONG), trip(day.plusDays(1), CHUNXILU), TripSource.TOWNSHIP));
        assertRefusedAt("destination",
                () -> trips.depart(person("外出戊", XIANNONG), trip(day, "510104"), TripSource.TOWNSHIP));
        assertRefusedAt("destination",
                () -> trips.depart(person("外出戊", XIANNONG), trip(day, CHENGGUAN.value()), TripSource.TOWNSHIP));
        TripDetails longAddress = new TripDetails(day, CHUNXILU, "路".repeat(201), null, null, false, "本人", day);
        assertRefusedAt("destinationAddress",
                () -> trips.depart(person("外出戊", XIANNONG), longAddress, TripSource.TOWNSHIP));
    }

    @Test
    void anInflowPersonRegisteredElsewhereCannotFlowOutOfThisTownship() {
        login("chengguan.staff", HomeView.class);
        PersonDetails inflow = PersonFixtures.details("流入者",
                PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.MALE));
        long id = registry.register(inflow).getId();
        assertRefusedAt("idNumber", () -> trips.departOf(id, trip(today.date(), CHUNXILU), TripSource.TOWNSHIP));
    }

    @Test
    void aCorrectedDepartureCannotFallIntoThePreviousTrip() {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(60);
        OutflowTrip first = trips.depart(person("改期甲", XIANNONG), trip(left, CHUNXILU), TripSource.TOWNSHIP);
        first = trips.returned(first.getId(), first.getVersion(), left.plusDays(20));
        OutflowTrip second = trips.departOf(first.getPerson().getId(), trip(left.plusDays(30), CHUNXILU),
                TripSource.TOWNSHIP);

        assertThatThrownBy(() -> trips.update(second.getId(), second.getVersion(), trip(left.plusDays(10), CHUNXILU)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("departureDay");
                    assertThat(e.messageKey()).isEqualTo("outflow.departureDay.beforeReturn");
                });
        OutflowTrip moved = trips.update(second.getId(), second.getVersion(), trip(left.plusDays(20), CHUNXILU));
        assertThat(moved.getDepartureDay()).isEqualTo(left.plusDays(20));
        assertThat(moved.isRepeated()).isTrue();
    }

    @Test
    void aCorrectionFromAnOutdatedFormIsRefusedNamingWhoSavedMeanwhile() {
        login("chengguan.staff", HomeView.class);
        OutflowTrip trip = trips.depart(person("外出己", XIANNONG), trip(today.date().minusDays(2), CHUNXILU),
                TripSource.TOWNSHIP);
        TripDetails corrected = new TripDetails(trip.getDepartureDay(), CHUNXILU, "新地址 1 号", null, null, true,
                "本人", trip.getDeclaredOn());
        trips.update(trip.getId(), trip.getVersion(), corrected);
        assertThatThrownBy(() -> trips.update(trip.getId(), trip.getVersion(), corrected))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.savedBy()).isEqualTo("chengguan.staff"));
        assertThat(trips.history(trip.getId())).isNotEmpty();
    }

    @Test
    void anOfficerReadsTheTripsOfTheirOwnVillageOnlyAndDeclaresNone() {
        login("chengguan.staff", HomeView.class);
        OutflowTrip own = trips.depart(person("本村外出", XIANNONG), trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);
        OutflowTrip other = trips.depart(person("他村外出", FANLENG), trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);

        login("chengguan.officer", HomeView.class);
        assertThat(trips.list(OutflowFilter.AWAY, PageRequest.of(0, 500))).extracting(OutflowTrip::getId)
                .contains(own.getId()).doesNotContain(other.getId());
        assertThat(trips.find(other.getId())).isEmpty();
        assertThatThrownBy(() -> trips.returned(own.getId(), own.getVersion(), today.date()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVillageOfficerNarrowsTheListToOneOfTheirGroupsButNotToAnotherVillage() {
        login("chengguan.staff", HomeView.class);
        OutflowTrip village = trips.depart(person("村里外出", XIANNONG), trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);
        OutflowTrip group = trips.depart(person("组里外出", XIANNONG + "001"), trip(today.date(), CHUNXILU),
                TripSource.TOWNSHIP);
        OutflowTrip other = trips.depart(person("别村外出", FANLENG), trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);

        login("chengguan.officer", HomeView.class);
        OutflowFilter ofGroup = OutflowFilter.AWAY.withOrgUnit(XIANNONG + "001");
        assertThat(trips.list(ofGroup, PageRequest.of(0, 500))).extracting(OutflowTrip::getId)
                .contains(group.getId()).doesNotContain(village.getId(), other.getId());
        assertThat(trips.count(ofGroup)).isLessThan(trips.count(OutflowFilter.AWAY));
        assertThat(trips.list(OutflowFilter.AWAY.withOrgUnit(FANLENG), PageRequest.of(0, 500)))
                .as("another village: their own instead").extracting(OutflowTrip::getId)
                .contains(village.getId(), group.getId()).doesNotContain(other.getId());
    }

    @Test
    void anotherTownshipCannotSeeOrChangeTheTripsThroughTheServiceOrSql() {
        login("chengguan.staff", HomeView.class);
        OutflowTrip trip = trips.depart(person("隔离外出", XIANNONG), trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);

        login("fujia.staff", HomeView.class);
        assertThat(trips.find(trip.getId())).isEmpty();
        assertThat(trips.list(new OutflowFilter(null, null, null), PageRequest.of(0, 1000)))
                .extracting(OutflowTrip::getId).doesNotContain(trip.getId());
        assertThatThrownBy(() -> trips.returned(trip.getId(), trip.getVersion(), today.date()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(FUJIA), "select count(*) from t_621227100.outflow_trip"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(FUJIA),
                "update t_621227100.outflow_trip set return_day = current_date"))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void theDemoShowsOutflowPersonsAtDifferentStates() {
        login("chengguan.staff", HomeView.class);
        var all = trips.list(new OutflowFilter(null, null, null), PageRequest.of(0, 1000));
        assertThat(all).anyMatch(t -> t.getPerson().getName().equals("吴丽") && t.isRepeated() && t.isOpen());
        assertThat(all).anyMatch(t -> t.getPerson().getName().equals("孙明") && !t.isOnTime());
        assertThat(all).anyMatch(t -> t.getPerson().getName().equals("郑强") && !t.isOpen());
        assertThat(all).anyMatch(t -> t.getPerson().getName().equals("周红梅") && OutflowTrips.intraCounty(t, CHENGGUAN));
        login("fujia.staff", HomeView.class);
        assertThat(trips.count(OutflowFilter.AWAY)).isGreaterThanOrEqualTo(2);
    }

    private static void assertRefusedAt(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
