package cn.gongguan.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.ImportFiles;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import cn.gongguan.workbook.ImportResult;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * 去向不明: a departure to a place nobody knows is imported as such and filled in once the person index finds the
 * person; a confirmation a crash lost is applied by the catch-up (the form: {@code OutflowUiTest}).
 */
class UnknownDestinationTest extends UiTest {

    @Autowired
    OutflowTrips trips;
    @Autowired
    OutflowImport outflowImport;
    @Autowired
    PersonRegistry registry;
    @Autowired
    DestinationConfirmations confirmations;
    @Autowired
    Translations translations;
    @Autowired
    Today today;

    @Test
    void anImportedTripMayBeToAnUnknownDestination() throws Exception {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(40);
        List<String> row = new ArrayList<>(List.of(
                PersonFixtures.newIdNumber(LocalDate.of(1990, 6, 7), Sex.FEMALE), "导入去向不明", "13800001111",
                "621227100201", "樊塄村 9 号", left.toString(), "去向不明", "", "", "", "否", "本人",
                left.toString(), ""));
        ImportResult result = outflowImport.importFrom(new ByteArrayInputStream(ImportFiles.workbook(outflowImport,
                (key, args) -> translations.getTranslation(key, Translations.CHINESE, args), List.of(row))),
                (key, args) -> translations.getTranslation(key, Translations.CHINESE, args));
        assertThat(result.added()).isOne();
        OutflowTrip trip = trips.list(new OutflowFilter("导入去向不明", null, null), PageRequest.of(0, 1)).getFirst();
        assertThat(trip.getDestination()).isNull();
        assertThat(asOwner().sql("""
                        select holding from platform.person_index where tenant_code = '621227100' and person_id = ?""")
                .param(trip.getPerson().getId()).query(String.class).single())
                .as("the import's holdings recorded in one statement at its end").isEqualTo("OUTFLOW");
    }

    @Test
    void aConfirmationLostToACrashIsAppliedByTheCatchUp() {
        PersonDetails person = OutflowFixtures.person("补漏确认", null);
        login("chengguan.staff", HomeView.class);
        OutflowTrip trip = trips.depart(person, OutflowFixtures.trip(today.date().minusDays(5), null),
                TripSource.TOWNSHIP);
        logout();
        login("fujia.staff", HomeView.class);
        PersonDetails there = new PersonDetails();
        there.setName(person.getName());
        there.setIdNumber(person.getIdNumber());
        there.setRegistrationPlace("621227100");
        there.setFlowType(FlowType.INFLOW);
        there.setMaritalStatus(MaritalStatus.MARRIED);
        registry.register(there);
        logout();
        // as if the application stopped between the commit and the confirmation
        asOwner().sql("delete from t_621227100.outflow_confirmation where trip_id = ?").param(trip.getId()).update();
        asOwner().sql("update t_621227100.outflow_trip set destination_code = null where id = ?")
                .param(trip.getId()).update();

        int applied = TenantContext.callAs(TenantCode.of("621227100"),
                () -> confirmations.catchUp(Instant.now().minus(Duration.ofHours(1))));

        assertThat(applied).isOne();
        assertThat(asOwner().sql("select destination_code from t_621227100.outflow_trip where id = ?")
                .param(trip.getId()).query(String.class).single()).isEqualTo("621227101");
        assertThat(TenantContext.callAs(TenantCode.of("621227100"),
                () -> confirmations.catchUp(Instant.now().minus(Duration.ofHours(1))))).as("applied once").isZero();
    }
}
