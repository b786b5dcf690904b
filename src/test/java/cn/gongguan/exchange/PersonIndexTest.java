package cn.gongguan.exchange;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.fivestep.ui.PersonView;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.LineInput;
import cn.gongguan.housing.MonthlyReports;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.outflow.DestinationConfirmations;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The person index (issue 12): an outflow of 城关镇 meets an inflow of 伏家镇 in either order, each meeting opens the
 * feedback tasks the policy asks for and confirms the destination on the outflow record; the index holds no ID number
 * and no tenant reads another's rows.
 */
class PersonIndexTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of(OutflowFixtures.FUJIA);

    @Autowired
    PersonRegistry registry;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    IndexTasks tasks;
    @Autowired
    Exchange exchange;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Today today;
    @Autowired
    PersonIndexPass pass;
    @Autowired
    DestinationConfirmations confirmations;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonIndexKey key;
    @Autowired
    RentalHouses houses;
    @Autowired
    MonthlyReports reports;

    /** 城关镇 declares that a person of its own left for the destination given (null: unknown). */
    OutflowTrip departs(PersonDetails person, String destination) {
        login("chengguan.staff", HomeView.class);
        try {
            return trips.depart(person, OutflowFixtures.trip(today.date().minusDays(20), destination),
                    TripSource.TOWNSHIP);
        } finally {
            logout();
        }
    }

    /** 伏家镇 registers the same person, registered in 城关镇, as living there. */
    Person recordedInFujia(PersonDetails outflow, FlowType flowType) {
        login("fujia.staff", HomeView.class);
        try {
            return registry.register(inflow(outflow, flowType));
        } finally {
            logout();
        }
    }

    static PersonDetails inflow(PersonDetails outflow, FlowType flowType) {
        PersonDetails details = new PersonDetails();
        details.setName(outflow.getName());
        details.setIdNumber(outflow.getIdNumber());
        details.setRegistrationPlace(CHENGGUAN.value());
        details.setFlowType(flowType);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        details.setArrivalDate(LocalDate.now(CountyTime.ZONE).minusDays(10));
        return details;
    }

    /** 城关镇's person of the trip, logged in as its staff (stays logged in). */
    Person recordedHome(OutflowTrip trip) {
        login("chengguan.staff", HomeView.class);
        return registry.find(trip.getPerson().getId()).orElseThrow();
    }

    /** The index's tasks about the number, as the database holds them: sender → addressee. */
    List<String> tasksAbout(String idNumber) {
        return asOwner().sql("""
                        select sender_code || '→' || addressee_code from platform.exchange_message
                        where id_number = ? and origin = 'MATCH' order by id""")
                .param(idNumber).query(String.class).list();
    }

    @Nested
    class Meetings {

        @Test
        void anOutflowMetLaterByAnInflowGivesTheDestinationATaskDueInFiveWorkingDays() {
            PersonDetails person = OutflowFixtures.person("索引先出", null);
            OutflowTrip trip = departs(person, OutflowFixtures.FUJIA);
            assertThat(tasksAbout(person.getIdNumber())).as("nobody holds them elsewhere yet").isEmpty();

            Person there = recordedInFujia(person, FlowType.INFLOW);

            assertThat(tasksAbout(person.getIdNumber())).containsExactly("621227100→621227101");
            login("fujia.staff", HomeView.class);
            List<Message> owed = feedbacks.owed(there.getId());
            assertThat(owed).singleElement().satisfies(task -> {
                assertThat(task.origin()).isEqualTo(Origin.MATCH);
                assertThat(task.sentBy()).isEqualTo(PersonIndex.ACTOR);
                assertThat(task.due()).isEqualTo(workingDays.deadline(today.date(), Exchange.ANSWER_WORKING_DAYS));
            });
            UI.getCurrent().navigate("persons/" + there.getId());
            _get(PersonView.class);
            assertThat(_get(Paragraph.class, spec -> spec.withId("index-task-" + owed.getFirst().id())).getText())
                    .contains("城关镇").contains(owed.getFirst().due().due().toString());
            logout();

            login("chengguan.staff", HomeView.class);
            assertThat(trips.confirmations(trip.getPerson().getId())).singleElement().satisfies(c -> {
                assertThat(c.tripId()).isEqualTo(trip.getId());
                assertThat(c.place()).isEqualTo(FUJIA.value());
                assertThat(c.filledIn()).isFalse();
            });
            assertThat(trips.find(trip.getId()).orElseThrow().getDestination()).isEqualTo(OutflowFixtures.FUJIA);
        }

        @Test
        void anInflowRecordedFirstMeetsTheOutflowDeclaredLater() {
            PersonDetails person = OutflowFixtures.person("索引先入", null);
            login("chengguan.staff", HomeView.class);
            person.setRegistrationPlace(CHENGGUAN.value());
            person.setFlowType(FlowType.OUTFLOW);
            Person home = registry.register(person);
            logout();
            recordedInFujia(person, FlowType.INFLOW);
            assertThat(tasksAbout(person.getIdNumber())).as("registered at home, not away: no meeting").isEmpty();

            login("chengguan.staff", HomeView.class);
            OutflowTrip trip = trips.departOf(home.getId(), OutflowFixtures.trip(today.date().minusDays(3), null),
                    TripSource.TOWNSHIP);

            assertThat(tasksAbout(person.getIdNumber())).containsExactly("621227100→621227101");
            OutflowTrip filled = trips.find(trip.getId()).orElseThrow();
            assertThat(filled.getDestination()).as("the unknown destination is filled in").isEqualTo(FUJIA.value());
            assertThat(trips.history(trip.getId())).singleElement().satisfies(revision -> {
                assertThat(revision.revisedBy()).isEqualTo(PersonIndex.ACTOR);
                assertThat(revision.changes()).anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo("destination");
                    assertThat(change.after()).isEqualTo(FUJIA.value());
                });
            });
            assertThat(trips.confirmations(home.getId())).singleElement()
                    .satisfies(c -> assertThat(c.filledIn()).isTrue());
        }

        @Test
        void aLandlordsReportToAResidentsCommitteeMeetsAnOutflowOfAnotherTownship() {
            PersonDetails person = OutflowFixtures.person("房东报来", null);
            login("fujia.staff", HomeView.class);
            OutflowTrip trip = trips.depart(person, OutflowFixtures.trip(today.date().minusDays(9), null),
                    TripSource.TOWNSHIP);
            logout();

            login("beijie.clerk", HomeView.class);
            String landlord = PersonFixtures.newIdNumber(LocalDate.of(1962, 5, 5), Sex.MALE);
            RentalHouse house = houses.register(new HouseDetails(null, "北街 88 号（索引）", "房东甲", landlord,
                    "13900000088", 2));
            PersonDetails newcomer = PersonFixtures.details(person.getName(), person.getIdNumber());
            newcomer.setRegistrationPlace(FUJIA.value());
            reports.record(house.getId(), reports.currentMonth(), -1,
                    List.of(LineInput.newcomer(newcomer, today.date().withDayOfMonth(1), false)), null);
            logout();

            assertThat(tasksAbout(person.getIdNumber())).containsExactly("621227101→621227100001");
            login("fujia.staff", HomeView.class);
            assertThat(trips.find(trip.getId()).orElseThrow().getDestination())
                    .as("a residents' committee's township").isEqualTo(CHENGGUAN.value());
            assertThat(trips.confirmations(trip.getPerson().getId())).singleElement()
                    .satisfies(c -> assertThat(c.place()).isEqualTo("621227100001"));
        }

        @Test
        void anIntraCountyMoverIsManagedByBothTownships() {
            PersonDetails person = OutflowFixtures.person("县内双向", null);
            recordedInFujia(person, FlowType.INTRA_COUNTY);
            departs(person, OutflowFixtures.FUJIA);

            assertThat(tasksAbout(person.getIdNumber())).as("each owes the other feedback")
                    .containsExactly("621227100→621227101", "621227101→621227100");
            login("chengguan.staff", HomeView.class);
            long home = trips.list(new cn.gongguan.outflow.OutflowFilter("县内双向", null, null),
                    org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().getPerson().getId();
            UI.getCurrent().navigate("persons/" + home);
            assertThat(_get(Div.class, spec -> spec.withId("index-confirmations")).getElement().getTextRecursively())
                    .as("the task 城关镇 owes, on the outflow record").contains("伏家镇 也登记了该人员")
                    .contains("人员索引已请 伏家镇 反馈");
        }

        @Test
        @SuppressWarnings("unchecked")
        void anEditThatChangesNoHoldingOpensNoSecondTaskButARepeatedOutflowMeetsAgain() {
            PersonDetails person = OutflowFixtures.person("重复相遇", null);
            OutflowTrip trip = departs(person, OutflowFixtures.FUJIA);
            Person there = recordedInFujia(person, FlowType.INFLOW);

            login("fujia.staff", HomeView.class);
            PersonDetails edited = there.details();
            edited.setPhone("13900001111");
            registry.update(there.getId(), there.getVersion(), edited);
            logout();
            login("chengguan.staff", HomeView.class);
            OutflowTrip saved = trips.find(trip.getId()).orElseThrow();
            saved = trips.update(saved.getId(), saved.getVersion(), saved.details());
            assertThat(tasksAbout(person.getIdNumber())).hasSize(1);

            // an edit of the flow type back and forth while away: still away, so no meeting again
            logout();
            Person home = recordedHome(trip);
            PersonDetails inflowNow = home.details();
            inflowNow.setFlowType(FlowType.INFLOW);
            inflowNow.setRegistrationPlace("510107001");
            home = registry.update(home.getId(), home.getVersion(), inflowNow);
            PersonDetails outflowAgain = home.details();
            outflowAgain.setFlowType(FlowType.OUTFLOW);
            outflowAgain.setRegistrationPlace(CHENGGUAN.value());
            registry.update(home.getId(), home.getVersion(), outflowAgain);
            assertThat((List<Object>) sqlAsTenant(CHENGGUAN, "select holding from platform.person_index where "
                    + "person_id = " + home.getId())).as("away on the open trip").containsExactly("OUTFLOW");
            int before = tasksAbout(person.getIdNumber()).size();
            logout();

            // while 伏家镇's task is open a new meeting adds none; once answered, a repeated outflow meets again
            login("fujia.staff", HomeView.class);
            for (long open : asOwner().sql("""
                    select id from platform.exchange_message where id_number = ? and origin = 'MATCH'
                    and addressee_code = ? and answered_at is null""").params(person.getIdNumber(),
                    OutflowFixtures.FUJIA).query(Long.class).list()) {
                exchange.answer(open, FeedbackOutcome.VERIFIED, null);
            }
            logout();
            login("chengguan.staff", HomeView.class);
            saved = trips.find(trip.getId()).orElseThrow();
            saved = trips.returned(saved.getId(), saved.getVersion(), today.date().minusDays(2));
            trips.departOf(saved.getPerson().getId(), OutflowFixtures.trip(today.date(), OutflowFixtures.FUJIA),
                    TripSource.TOWNSHIP);
            assertThat(tasksAbout(person.getIdNumber())).as("a repeated outflow (重复流出) meets again")
                    .hasSize(before + 1);
        }

        @Test
        void aRolledBackChangeLeavesNoIndexRowAndNoTask() {
            PersonDetails person = OutflowFixtures.person("回滚索引", null);
            recordedInFujia(person, FlowType.INFLOW);
            login("chengguan.staff", HomeView.class);
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                trips.depart(person, OutflowFixtures.trip(today.date(), OutflowFixtures.FUJIA), TripSource.TOWNSHIP);
                assertThat(tasksInTransaction(person.getIdNumber())).as("opened in the same transaction").isOne();
                status.setRollbackOnly();
            });
            assertThat(tasksAbout(person.getIdNumber())).isEmpty();
            assertThat(asOwner().sql("""
                            select count(*) from platform.person_index i where tenant_code = '621227100'
                            and not exists (select 1 from t_621227100.person p where p.id = i.person_id)""")
                    .query(Long.class).single()).as("the row went with the person").isZero();
        }

        /** Counted on the transaction's own connection, as 城关镇's role. */
        private long tasksInTransaction(String idNumber) {
            return jdbc.sql("select count(*) from platform.exchange_message where id_number = ? and origin = 'MATCH'")
                    .param(idNumber).query(Long.class).single();
        }
    }

    @Nested
    class Privacy {

        @Test
        void theIndexHoldsAKeyedHashNeverTheIdNumberOrTheName() throws Exception {
            PersonDetails person = OutflowFixtures.person("索引保密", null);
            OutflowTrip trip = departs(person, OutflowFixtures.FUJIA);

            Map<String, Object> row = asOwner().sql("""
                            select * from platform.person_index where tenant_code = ? and person_id = ?""")
                    .params(CHENGGUAN.value(), trip.getPerson().getId()).query().singleRow();
            assertThat(row).containsOnlyKeys("tenant_code", "person_id", "id_hash", "key_version", "holding",
                    "updated_at");
            assertThat(row.values()).extracting(String::valueOf)
                    .noneMatch(value -> value.contains(person.getIdNumber()) || value.contains(person.getName()));
            byte[] hash = (byte[]) row.get("id_hash");
            assertThat(hash).hasSize(32)
                    .isNotEqualTo(MessageDigest.getInstance("SHA-256").digest(person.getIdNumber().getBytes()))
                    .isEqualTo(key.hash(new IdNumber(person.getIdNumber())));
            assertThat(row).containsEntry("holding", "OUTFLOW");
            assertThat(((Number) row.get("key_version")).intValue()).isEqualTo(key.version());
        }

        @Test
        @SuppressWarnings("unchecked")
        void anotherTenantsRoleNeitherReadsNorChangesMyRows() {
            PersonDetails person = OutflowFixtures.person("索引隔离", null);
            OutflowTrip trip = departs(person, OutflowFixtures.FUJIA);
            long id = trip.getPerson().getId();

            assertThat((List<Object>) sqlAsTenant(FUJIA, "select count(*) from platform.person_index where tenant_code = '621227100'"))
                    .containsExactly(0L);
            assertThat((List<Object>) sqlAsTenant(FUJIA, "with u as (update platform.person_index set holding = 'INFLOW' "
                    + "where person_id = " + id + " returning 1) select count(*) from u")).containsExactly(0L);
            assertThat((List<Object>) sqlAsTenant(FUJIA, "with d as (delete from platform.person_index where person_id = " + id
                    + " returning 1) select count(*) from d")).containsExactly(0L);
            assertThatThrownBy(() -> sqlAsTenant(FUJIA, """
                    insert into platform.person_index (tenant_code, person_id, id_hash, key_version, holding)
                    values ('621227100', -1, decode(repeat('ab', 32), 'hex'), 1, 'INFLOW') returning 1"""))
                    .hasStackTraceContaining("row-level security");
            assertThatThrownBy(() -> jdbc.sql("select count(*) from platform.person_index").query(Long.class).single())
                    .as("the runtime role outside a tenant reads nothing").hasStackTraceContaining("permission denied");
            assertThat((List<Object>) sqlAsTenant(CHENGGUAN, "select holding from platform.person_index where person_id = " + id))
                    .containsExactly("OUTFLOW");
        }
    }

    @Nested
    class FeedbackOnTheOutflowRecord {

        @Test
        void theDestinationsFiveStepFeedbackAnswersTheTaskAndTheRegistrationTownshipSeesIt() {
            PersonDetails person = OutflowFixtures.person("反馈挂档", null);
            OutflowTrip trip = departs(person, null);
            Person there = recordedInFujia(person, FlowType.INFLOW);

            login("fujia.staff", HomeView.class);
            long task = feedbacks.owed(there.getId()).getFirst().id();
            feedbacks.send(there.getId(), FeedbackOutcome.VERIFIED, "在伏家镇某厂务工，持有婚育证明");
            assertThat(feedbacks.owed(there.getId())).as("done once, with the feedback").isEmpty();
            logout();

            login("chengguan.staff", HomeView.class);
            Message answered = tasks.aboutOutflow(new IdNumber(person.getIdNumber())).stream()
                    .filter(m -> m.id() == task).findFirst().orElseThrow();
            assertThat(answered.result()).isEqualTo(FeedbackOutcome.VERIFIED.name());
            assertThat(answered.answeredBy()).isEqualTo("fujia.staff");
            assertThat(exchange.openAnswer(task, ReadReason.VERIFICATION)).isEqualTo("在伏家镇某厂务工，持有婚育证明");
            UI.getCurrent().navigate("persons/" + trip.getPerson().getId());
            _get(PersonView.class);
            Div section = _get(Div.class, spec -> spec.withId("index-confirmations"));
            assertThat(section.getElement().getTextRecursively())
                    .contains("伏家镇").contains("原去向不明，已据此补填流入地")
                    .contains("人员索引已请").contains("婚育情况已核实").contains("来自");
            _get(section, com.vaadin.flow.component.button.Button.class,
                    spec -> spec.withId("index-answer-" + task));
            assertThat(trips.find(trip.getId()).orElseThrow().getDestination()).isEqualTo(FUJIA.value());
        }
    }

    @Nested
    class Pass {

        @Test
        void personsWithoutARowAtTheKeyVersionAreIndexedOnceAndNoOneMeetsTwice() {
            PersonDetails person = OutflowFixtures.person("索引补建", null);
            OutflowTrip trip = departs(person, OutflowFixtures.FUJIA);
            recordedInFujia(person, FlowType.INFLOW);
            long id = trip.getPerson().getId();
            // as if registered before the index existed, and the rest of the township hashed under an older key
            asOwner().sql("delete from platform.person_index where tenant_code = '621227100' and person_id = ?")
                    .param(id).update();
            asOwner().sql("update platform.person_index set key_version = 0 where tenant_code = '621227100'").update();
            asOwner().sql("delete from platform.reseal_progress where kind = ?").param(PersonIndexPass.KIND).update();
            long persons = asOwner().sql("select count(*) from t_621227100.person").query(Long.class).single();

            int[] asked = {0};
            assertThat(pass.run(List.of(CHENGGUAN), () -> asked[0]++ < 2)).as("stopped after its first batch")
                    .isEqualTo(cn.gongguan.platform.reseal.Reseal.Outcome.STOPPED);
            assertThat(asOwner().sql("""
                            select last_key > 0 and done_at is null from platform.reseal_progress
                            where kind = ? and scope = '621227100'""").param(PersonIndexPass.KIND)
                    .query(Boolean.class).single()).as("where it stopped is kept").isTrue();
            assertThat(pass.run(List.of(CHENGGUAN), () -> true)).as("resumed")
                    .isEqualTo(cn.gongguan.platform.reseal.Reseal.Outcome.COMPLETE);

            assertThat(asOwner().sql("""
                            select count(*) from platform.person_index where tenant_code = '621227100'
                            and key_version = 1""").query(Long.class).single()).isEqualTo(persons);
            assertThat(asOwner().sql("""
                            select resealed from platform.reseal_progress where kind = ? and scope = '621227100'
                            and done_at is not null""").param(PersonIndexPass.KIND).query(Long.class).single())
                    .isEqualTo(persons);
            assertThat(tasksAbout(person.getIdNumber()))
                    .as("a person with no row meets whoever holds them, but opens no second task while one is open")
                    .hasSize(1);
            asOwner().sql("delete from platform.reseal_progress where kind = ?").param(PersonIndexPass.KIND).update();
            pass.run(List.of(CHENGGUAN), () -> true);
            assertThat(asOwner().sql("""
                            select resealed from platform.reseal_progress where kind = ? and scope = '621227100'""")
                    .param(PersonIndexPass.KIND).query(Long.class).single()).as("nothing left to do").isZero();
            assertThat(tasksAbout(person.getIdNumber())).hasSize(1);
        }
    }

    @Nested
    class Demo {

        @Test
        void theDemoShowsAnOpenTaskAndAnAnsweredOneBetweenTwoTownships() {
            assertThat(asOwner().sql("""
                            select answered_at is null from platform.exchange_message
                            where origin = 'MATCH' and person_name = '黄小燕' and sender_code = '621227100'""")
                    .query(Boolean.class).list()).containsExactly(true);
            assertThat(asOwner().sql("""
                            select result from platform.exchange_message
                            where origin = 'MATCH' and person_name = '周红梅' and sender_code = '621227100'""")
                    .query(String.class).list()).containsExactly(FeedbackOutcome.MEASURES_IN_PLACE.name());
            assertThat(asOwner().sql("""
                            select t.destination_code from t_621227100.outflow_trip t
                            join t_621227100.person p on p.id = t.person_id where p.name = '黄小燕'""")
                    .query(String.class).list()).as("filled in from the meeting").containsExactly(FUJIA.value());
        }
    }
}
