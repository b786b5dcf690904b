package cn.gongguan.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A sweep's findings create the registry and follow-up work they imply, and count in the rollups. */
class SweepsTest extends UiTest {

    private static final TenantCode BEIJIE = TenantCode.of("621227100001");

    @Autowired
    RentalHouses houses;
    @Autowired
    MonthlyReports reports;
    @Autowired
    Sweeps sweeps;
    @Autowired
    PersonRegistry registry;
    @Autowired
    FollowUps followUps;
    @Autowired
    HousingFigures figures;

    @Test
    void anUnreportedWomanWithoutCertificateIsRegisteredAndFollowedUp() {
        login("beijie.clerk", HomeView.class);
        String landlord = "62122719550505" + "201";
        RentalHouse house = houses.register(new HouseDetails(null, "清查街 1 号", "清查房东",
                landlord + IdNumber.checkCharacter(landlord), null, 2));
        RentalHouse quiet = houses.register(new HouseDetails(null, "清查街 2 号", "清查房东",
                landlord + IdNumber.checkCharacter(landlord), null, 1));
        String reported = PersonFixtures.newIdNumber(LocalDate.of(1980, 2, 2), Sex.MALE);
        YearMonth month = reports.currentMonth();
        reports.record(house.getId(), month, -1,
                List.of(LineInput.newcomer(PersonFixtures.details("已报租客", reported), month.atDay(1), true)), null);
        long unreportedBefore = figures.of(BEIJIE, month).personsFoundUnreported();

        String hidden = PersonFixtures.newIdNumber(LocalDate.of(1996, 6, 6), Sex.FEMALE);
        Sweep sweep = sweeps.record(LocalDate.now(CountyTime.ZONE), "社区干部王某、计生专干李某", null, List.of(house.getId(), quiet.getId()),
                List.of(new FoundPerson(house.getId(), PersonFixtures.details("未报租客", hidden), false),
                        new FoundPerson(house.getId(), PersonFixtures.details("已报租客", reported), true)),
                (key, args) -> key);

        assertThat(sweeps.findings(sweep.getId())).extracting(SweepFinding::getKind)
                .containsExactlyInAnyOrder(SweepFinding.Kind.UNREPORTED, SweepFinding.Kind.NO_CERTIFICATE,
                        SweepFinding.Kind.CHECKED, SweepFinding.Kind.CHECKED);
        Person found = registry.list(new PersonFilter(hidden, null, null, null), PageRequest.of(0, 5)).getFirst();
        assertThat(found.getAddress()).isEqualTo("清查街 1 号");
        assertThat(followUps.worklist()).anySatisfy(f -> {
            assertThat(f.getPersonId()).isEqualTo(found.getId());
            assertThat(f.getKind()).isEqualTo(FollowUpKind.KEY_GROUP);
        });
        assertThat(figures.of(BEIJIE, month).personsFoundUnreported()).isEqualTo(unreportedBefore + 1);
        logout();

        login("chengguan.staff", HomeView.class);
        assertThat(sweeps.list()).extracting(Sweep::getStaff).doesNotContain("社区干部王某、计生专干李某");
        assertThat(registry.list(new PersonFilter(hidden, null, null, null), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void aPersonIsEnteredOnceASweepCountsOnceAMonthAndGetsOneOpenFollowUp() {
        login("beijie.clerk", HomeView.class);
        String landlord = "62122719550505" + "202";
        RentalHouse house = houses.register(new HouseDetails(null, "清查街 3 号", "清查房东",
                landlord + IdNumber.checkCharacter(landlord), null, 2));
        YearMonth month = reports.currentMonth();
        long unreportedBefore = figures.of(BEIJIE, month).personsFoundUnreported();
        String hidden = PersonFixtures.newIdNumber(LocalDate.of(1997, 7, 7), Sex.FEMALE);
        FoundPerson woman = new FoundPerson(house.getId(), PersonFixtures.details("两次清查", hidden), false);

        assertThatThrownBy(() -> sweeps.record(LocalDate.now(CountyTime.ZONE), "王某", null, List.of(house.getId()),
                List.of(woman,
                        new FoundPerson(house.getId(), PersonFixtures.details("两次清查", hidden.toLowerCase()), false)),
                (k, a) -> k))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("found[1].idNumber");
                    assertThat(e.messageKey()).isEqualTo("sweep.person.repeated");
                });
        sweeps.record(LocalDate.now(CountyTime.ZONE), "王某", null, List.of(house.getId()), List.of(woman), (k, a) -> k);
        sweeps.record(LocalDate.now(CountyTime.ZONE), "李某", null, List.of(house.getId()),
                List.of(new FoundPerson(house.getId(), PersonFixtures.details("两次清查", hidden), false)), (k, a) -> k);

        Person found = registry.list(new PersonFilter(hidden, null, null, null), PageRequest.of(0, 5)).getFirst();
        assertThat(followUps.open(found.getId(), FollowUpKind.KEY_GROUP)).hasSize(1);
        assertThat(figures.of(BEIJIE, month).personsFoundUnreported()).isEqualTo(unreportedBefore + 1);
    }

    @Test
    void aSweepWithoutHousesOrInTheFutureIsRefused() {
        login("beijie.clerk", HomeView.class);
        assertThatThrownBy(() -> sweeps.record(LocalDate.now(CountyTime.ZONE), "王某", null, List.of(), List.of(), (k, a) -> k))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("houses"));
        assertThatThrownBy(() -> sweeps.record(LocalDate.now(CountyTime.ZONE).plusDays(2), "王某", null, List.of(1L), List.of(), (k, a) -> k))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sweptOn"));
    }
}
