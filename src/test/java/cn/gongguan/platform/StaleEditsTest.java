package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import cn.gongguan.TwoEditors;
import cn.gongguan.TwoEditors.Editor;
import cn.gongguan.TwoEditors.Outcome;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUpOutcome;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.fivestep.ServiceContact;
import cn.gongguan.fivestep.ServiceContacts;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.LineInput;
import cn.gongguan.housing.MonthlyReports;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.AccountStatus;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.SecurityAdministration;
import cn.gongguan.security.TestLogins;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every editable record has one stale-edit path: two users open the same record and both save; the second save is
 * refused with {@link StaleEditException} naming the first user — never a database error, never an overwrite — also
 * when both saves overlap (both have read the record before either writes). Each test runs both ways.
 */
class StaleEditsTest extends IntegrationTest {

    private static final String STAFF = "chengguan.staff";
    private static final String ADMIN = "chengguan.admin";
    private static final String CLERK = "beijie.clerk";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TwoEditors editors;
    @Autowired
    TestLogins logins;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier(PlatformTransactional.MANAGER)
    PlatformTransactionManager platformTransactions;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Archives archives;
    @Autowired
    RentalHouses houses;
    @Autowired
    MonthlyReports reports;
    @Autowired
    FollowUps followUps;
    @Autowired
    ServiceContacts contacts;
    @Autowired
    UserAdministration administration;
    @Autowired
    SecurityAdministration security;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "overlapping: {0}")
    @ValueSource(booleans = {false, true})
    void aPerson(boolean overlapping) {
        Person person = editors.as(STAFF, () -> registry.register(PersonFixtures.details("并改" + SEQUENCE.incrementAndGet(),
                PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.MALE))));
        Function<String, Editor> editor = user -> new Editor(user, () -> registry.find(person.getId()), () -> {
            PersonDetails details = person.details();
            details.setEmployer(user + " 所填");
            registry.update(person.getId(), person.getVersion(), details);
        });
        String saved = onlyOneSaved(race(overlapping, editor.apply(STAFF), editor.apply(ADMIN)));

        assertThat(editors.as(STAFF, () -> registry.find(person.getId()).orElseThrow().details().getEmployer()))
                .isEqualTo(saved + " 所填");
    }

    @ParameterizedTest(name = "overlapping: {0}")
    @ValueSource(booleans = {false, true})
    void anArchive(boolean overlapping) {
        Person person = editors.as(STAFF, () -> registry.register(PersonFixtures.details("档案并改" + SEQUENCE.incrementAndGet(),
                PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.MALE))));
        editors.as(STAFF, () -> {
            archives.save(person.getId(), Archive.NEEDS, -1, Map.of("services", "孕检"));
            return null;
        });
        long opened = editors.as(STAFF, () -> archives.read(person.getId(), Archive.NEEDS, null).version());
        Function<String, Editor> editor = user -> new Editor(user,
                () -> archives.read(person.getId(), Archive.NEEDS, null),
                () -> archives.save(person.getId(), Archive.NEEDS, opened, Map.of("services", user + " 所填")));
        String saved = onlyOneSaved(race(overlapping, editor.apply(STAFF), editor.apply(ADMIN)));

        assertThat(editors.as(STAFF, () -> archives.read(person.getId(), Archive.NEEDS, null).values()))
                .containsEntry("services", saved + " 所填");
    }

    @ParameterizedTest(name = "overlapping: {0}")
    @ValueSource(booleans = {false, true})
    void aRentalHouse(boolean overlapping) {
        RentalHouse house = editors.as(CLERK, this::house);
        Function<String, Editor> editor = user -> new Editor(user, () -> houses.find(house.getId()), () -> {
            HouseDetails was = house.details();
            houses.update(house.getId(), house.getVersion(), new HouseDetails(was.orgUnit(), was.address(),
                    user + " 所填", was.landlordIdNumber(), was.landlordPhone(), was.rooms()));
        });
        String colleague = logins.colleague(CLERK);
        String saved = onlyOneSaved(race(overlapping, editor.apply(CLERK), editor.apply(colleague)));

        assertThat(editors.as(CLERK, () -> houses.find(house.getId()).orElseThrow().getLandlordName()))
                .isEqualTo(saved + " 所填");
    }

    @ParameterizedTest(name = "overlapping: {0}")
    @ValueSource(booleans = {false, true})
    void aMonthlyReport(boolean overlapping) {
        RentalHouse house = editors.as(CLERK, this::house);
        YearMonth month = reports.currentMonth();
        long opened = editors.as(CLERK, () -> reports.record(house.getId(), month, -1, List.of(), null).getVersion());
        Function<String, Editor> editor = user -> new Editor(user, () -> reports.draft(house.getId(), month),
                () -> reports.record(house.getId(), month, opened, List.<LineInput>of(), user + " 更正"));
        String colleague = logins.colleague(CLERK);
        String saved = onlyOneSaved(race(overlapping, editor.apply(CLERK), editor.apply(colleague)));

        var draft = editors.as(CLERK, () -> reports.draft(house.getId(), month));
        assertThat(editors.as(CLERK, () -> reports.history(draft.reportId())))
                .singleElement().satisfies(revision -> assertThat(revision.getReason()).isEqualTo(saved + " 更正"));
    }

    @ParameterizedTest(name = "overlapping: {0}")
    @ValueSource(booleans = {false, true})
    void aFollowUp(boolean overlapping) {
        Person person = editors.as(STAFF, () -> registry.register(PersonFixtures.details("跟踪并改" + SEQUENCE.incrementAndGet(),
                PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 1), Sex.MALE))));
        LocalDate today = LocalDate.now(CountyTime.ZONE);
        FollowUp followUp = editors.as(STAFF, () -> followUps.schedule(person.getId(), FollowUpKind.PUBLICITY, today, "宣传"));
        Function<String, Editor> editor = user -> new Editor(user, () -> followUps.of(person.getId()),
                () -> followUps.complete(followUp.getId(), followUp.getVersion(), today,
                        user.equals(STAFF) ? FollowUpOutcome.INFORMED : FollowUpOutcome.NOT_FOUND, ""));
        String saved = onlyOneSaved(race(overlapping, editor.apply(STAFF), editor.apply(ADMIN)));

        assertThat(editors.as(STAFF, () -> followUps.of(person.getId()))).singleElement()
                .satisfies(done -> {
                    assertThat(done.getDoneBy()).isEqualTo(saved);
                    assertThat(done.getOutcome()).isEqualTo(saved.equals(STAFF) ? FollowUpOutcome.INFORMED : FollowUpOutcome.NOT_FOUND);
                });
    }

    @ParameterizedTest(name = "overlapping: {0}")
    @ValueSource(booleans = {false, true})
    void theServiceContact(boolean overlapping) {
        ServiceContact opened = editors.as(ADMIN, () -> contacts.current().orElseThrow());
        Function<String, Editor> editor = user -> new Editor(user, contacts::current,
                () -> contacts.save(opened.getVersion(), user + " 的办公室", opened.getPhone(), opened.getAddress(),
                        opened.getHours()));
        String colleague = logins.colleague(ADMIN);
        String saved = onlyOneSaved(race(overlapping, editor.apply(ADMIN), editor.apply(colleague)));

        assertThat(editors.as(ADMIN, () -> contacts.current().orElseThrow().getOffice())).isEqualTo(saved + " 的办公室");
    }

    /** The system administrator disables a pending account while the security administrator grants it. */
    @ParameterizedTest(name = "overlapping: {0}")
    @ValueSource(booleans = {false, true})
    void aUserAccount(boolean overlapping) {
        String sysadmin = "chengguan.sysadmin";
        String secadmin = "chengguan.secadmin";
        UserAccount opened = editors.as(sysadmin, () -> administration.create(
                new NewUser("stale.target" + SEQUENCE.incrementAndGet(), "并改账户", Role.TOWNSHIP_STAFF, null)));
        Editor disable = new Editor(sysadmin, () -> { }, () -> administration.disable(opened));
        Editor grant = new Editor(secadmin, () -> { }, () -> security.grant(opened));
        List<Outcome> outcomes = overlapping ? editors.overlapping(platformTransactions, disable, grant)
                : editors.oneAfterTheOther(disable, grant);
        String saved = onlyOneSaved(outcomes);

        String status = jdbc.sql("select status from platform.app_user where id = ?").param(opened.id())
                .query(String.class).single();
        assertThat(AccountStatus.valueOf(status))
                .isEqualTo(saved.equals(sysadmin) ? AccountStatus.DISABLED : AccountStatus.ACTIVE);
    }

    private List<Outcome> race(boolean overlapping, Editor first, Editor second) {
        return overlapping ? editors.overlapping(transactions, first, second) : editors.oneAfterTheOther(first, second);
    }

    /** Exactly one of the two was saved; the other was refused as saved meanwhile by them. Returns who saved. */
    private static String onlyOneSaved(List<Outcome> outcomes) {
        List<Outcome> saved = outcomes.stream().filter(o -> o.refusal() == null).toList();
        assertThat(saved).as("exactly one save goes through: %s", outcomes).hasSize(1);
        String winner = saved.getFirst().username();
        Outcome refused = outcomes.stream().filter(o -> o.refusal() != null).findFirst().orElseThrow();
        assertThat(refused.refusal()).as(refused.username())
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.savedBy()).isEqualTo(winner);
                    assertThat(e.savedAt()).isNotNull();
                    assertThat(e.messageKey()).isEqualTo("save.meanwhile.by");
                    assertThat(e.arguments()[1]).asString().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
                });
        return winner;
    }

    private RentalHouse house() {
        String first17 = "62122719700101" + "%03d".formatted(SEQUENCE.incrementAndGet() % 1000);
        return houses.register(new HouseDetails(null, "并改街 " + SEQUENCE.get() + " 号", "房东",
                first17 + IdNumber.checkCharacter(first17), "13900000000", 2));
    }
}
