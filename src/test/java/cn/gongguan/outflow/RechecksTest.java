package cn.gongguan.outflow;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.outflow.sixones.SixOnesFigures;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.RecordsProbe;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 定期清查: the lists made once per month and cluster, marked within the officer's unit, the township's progress. */
class RechecksTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of("621227101");
    static final String XIANNONG = "621227100200";
    static final String FANLENG = "621227100201";

    @Autowired
    Rechecks rechecks;
    @Autowired
    RecheckJob job;
    @Autowired
    RecheckGeneration generation;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Rollups rollups;
    @Autowired
    RecheckFigures recheckFigures;
    @Autowired
    LateRecheckRecords lateLists;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Today today;

    /** Rows of the tenant's re-check tables, as the owner reads them. */
    String rows(TenantCode tenant) {
        String schema = tenant.schema();
        return asOwner().sql("select (select count(*) from " + schema + ".recheck_month) || '/' || "
                + "(select count(*) from " + schema + ".recheck_list) || '/' || "
                + "coalesce((select string_agg(list_id || ':' || person_id, ',' order by id) from " + schema
                + ".recheck_entry), '')").query(String.class).single();
    }

    long listOf(TenantCode tenant, String unit) {
        return asOwner().sql("select id from " + tenant.schema() + ".recheck_list where org_unit_code = ? and month = ?")
                .params(unit, today.month().atDay(1)).query(Long.class).single();
    }

    @Nested
    class TheJob {

        @Test
        void aSecondRunAddsNothing() {
            String before = rows(CHENGGUAN);
            assertThat(before).startsWith("1/");
            assertThat(job.run()).isEqualTo(RecheckJob.Outcome.RAN);
            assertThat(job.run()).isEqualTo(RecheckJob.Outcome.RAN);
            assertThat(rows(CHENGGUAN)).isEqualTo(before);
        }

        @Test
        void aMonthMissedWhileDownIsMadeAtTheNextStart() {
            String schema = FUJIA.schema();
            asOwner().sql("delete from " + schema + ".recheck_finding").update();
            asOwner().sql("delete from " + schema + ".recheck_entry").update();
            asOwner().sql("delete from " + schema + ".recheck_list").update();
            asOwner().sql("delete from " + schema + ".recheck_month").update();
            assertThat(rows(FUJIA)).isEqualTo("0/0/");

            job.atStartUp();

            assertThat(rows(FUJIA)).startsWith("1/");
            List<String> away = asOwner().sql("select p.name from " + schema + ".recheck_entry e join " + schema
                    + ".person p on p.id = e.person_id order by p.name").query(String.class).list();
            assertThat(away).contains("冯小兰", "陈志刚");
            assertThat(rollups.valuesIn(FUJIA, Rechecks.DUE, today.month().toString()))
                    .containsEntry(FUJIA, (long) away.size());
        }

        @Test
        void theDailyRunWritesTheMonthsOutflowAndSixOnesFiguresThoughNoTripChanged() {
            String month = today.month().toString();
            asOwner().sql("delete from platform.rollup where tenant_code = ? and period = ? and indicator in (?, ?)")
                    .params(FUJIA.value(), month, OutflowFigures.AWAY, SixOnesFigures.DUE).update();

            TenantContext.callAs(FUJIA, () -> generation.generate(today.month()));

            assertThat(rollups.valuesIn(FUJIA, OutflowFigures.AWAY, month)).as("冯小兰, 陈志刚 away")
                    .hasEntrySatisfying(FUJIA, away -> assertThat(away).isPositive());
            assertThat(rollups.valuesIn(FUJIA, SixOnesFigures.DUE, month))
                    .hasEntrySatisfying(FUJIA, due -> assertThat(due).isPositive());
        }

        @Test
        void aSecondReplicaStartedWhileOneRunsDoesNothing() {
            RecheckJob.Outcome[] second = new RecheckJob.Outcome[1];
            RecheckJob.Outcome first = job.underLock(() -> {
                second[0] = CompletableFuture.supplyAsync(job::run).join();
                return RecheckJob.Outcome.RAN;
            });
            assertThat(first).isEqualTo(RecheckJob.Outcome.RAN);
            assertThat(second[0]).isEqualTo(RecheckJob.Outcome.BUSY);
            assertThat(job.run()).isEqualTo(RecheckJob.Outcome.RAN);
        }
    }

    @Nested
    class Marking {

        @Test
        void anOfficerMarksOnlyTheirOwnUnitsList() {
            login("chengguan.officer", HomeView.class);
            long fanleng = listOf(CHENGGUAN, FANLENG);
            assertThatThrownBy(() -> rechecks.list(fanleng)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rechecks.entries(fanleng, null, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rechecks.mark(fanleng, 1, 0, RecheckResult.STILL_AWAY, null, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(rechecks.progress(today.month())).extracting(Rechecks.Progress::orgUnitCode)
                    .as("the village and its groups").contains(XIANNONG).allMatch(unit -> unit.startsWith(XIANNONG));
        }

        @Test
        void aGroupOfficerWorksOnTheGroupsListOnlyNotTheVillages() {
            login("chengguan.group", HomeView.class);
            String group = XIANNONG + "001";
            assertThat(rechecks.ownList()).map(RecheckList::getOrgUnitCode).contains(group);
            assertThat(rechecks.progress(today.month())).extracting(Rechecks.Progress::orgUnitCode)
                    .containsExactly(group);
            long village = listOf(CHENGGUAN, XIANNONG);
            assertThatThrownBy(() -> rechecks.list(village)).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void aDiscoveredOutflowIsAddedWithItsSourceAndReturnedClosesItsTrip() {
            login("chengguan.officer", HomeView.class);
            long list = rechecks.ownList().orElseThrow().getId();
            OutflowTrip trip = rechecks.addDiscovered(list, person("排查甲", null),
                    trip(today.date().minusDays(40), CHUNXILU));
            assertThat(trip.getSource()).isEqualTo(TripSource.RECHECK);
            assertThat(trip.getPerson().getOrgUnit()).isEqualTo(XIANNONG);
            RecheckEntry entry = rechecks.entries(list, "排查甲", PageRequest.of(0, 5)).getFirst();
            assertThat(entry.isDiscovered()).isTrue();
            assertThat(entry.getResult()).isEqualTo(RecheckResult.STILL_AWAY);

            assertThatThrownBy(() -> rechecks.mark(list, trip.getPerson().getId(), entry.getVersion(),
                    RecheckResult.RETURNED, null, trip.getDepartureDay().minusDays(1)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("returnDay"));
            RecheckEntry returned = rechecks.mark(list, trip.getPerson().getId(), entry.getVersion(),
                    RecheckResult.RETURNED, "已回村", today.date());
            assertThat(returned.getResult()).isEqualTo(RecheckResult.RETURNED);
            assertThat(trips.find(trip.getId()).orElseThrow().getReturnDay()).isEqualTo(today.date());
            assertThatThrownBy(() -> rechecks.mark(list, trip.getPerson().getId(), returned.getVersion(),
                    RecheckResult.STILL_AWAY, null, null))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("recheck.returnedFinal"));
        }

        @Test
        void anIdNumberOfAnotherVillageTypedWithAMadeUpNameDoesNotTellTheRealName() {
            login("chengguan.staff", HomeView.class);
            OutflowTrip elsewhere = trips.depart(person("他村真名", FANLENG), trip(today.date().minusDays(5), CHUNXILU),
                    TripSource.TOWNSHIP);
            trips.returned(elsewhere.getId(), elsewhere.getVersion(), today.date());
            var typed = person("随便写的", null);
            typed.setIdNumber(elsewhere.getPerson().getIdNumber().value());

            for (String officer : List.of("chengguan.officer", "chengguan.group")) {
                login(officer, HomeView.class);
                long list = rechecks.ownList().orElseThrow().getId();
                assertThatThrownBy(() -> rechecks.addDiscovered(list, typed, trip(today.date(), CHUNXILU)))
                        .as(officer).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.field()).isEqualTo("idNumber");
                            assertThat(e.messageKey()).isEqualTo("registry.duplicate.elsewhere");
                            assertThat(e.arguments()).doesNotContain("他村真名");
                        });
            }
        }

        @Test
        void aResultForSomeoneNotOnTheListIsRefusedAtTheField() {
            login("chengguan.staff", HomeView.class);
            OutflowTrip away = trips.depart(person("名单外", XIANNONG), trip(today.date().minusDays(3), CHUNXILU),
                    TripSource.TOWNSHIP);
            long list = listOf(CHENGGUAN, XIANNONG);
            assertThatThrownBy(() -> rechecks.mark(list, away.getPerson().getId(), 0, RecheckResult.STILL_AWAY,
                    null, null)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("person");
                        assertThat(e.messageKey()).isEqualTo("recheck.notOnList");
                    });
            assertThatThrownBy(() -> rechecks.entries(list, "名单外", PageRequest.of(0, 5)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("search"));
        }

        @Test
        void aMissingCertificateBecomesAFollowUpAndContactLostAVerificationRequest() {
            login("chengguan.staff", HomeView.class);
            long list = listOf(CHENGGUAN, XIANNONG);
            OutflowTrip trip = rechecks.addDiscovered(list, person("排查乙", null),
                    trip(today.date().minusDays(10), CHUNXILU));
            long personId = trip.getPerson().getId();
            RecheckEntry entry = rechecks.entries(list, "排查乙", PageRequest.of(0, 5)).getFirst();
            RecheckEntry marked = rechecks.mark(list, personId, entry.getVersion(), RecheckResult.CERTIFICATE_MISSING,
                    null, null);
            assertThat(openFindings(personId)).containsExactly(RecheckFinding.Kind.CERTIFICATE_FOLLOW_UP);
            RecheckEntry lost = rechecks.mark(list, personId, marked.getVersion(), RecheckResult.CONTACT_LOST, null,
                    null);
            assertThat(openFindings(personId)).containsExactly(RecheckFinding.Kind.VERIFICATION_REQUEST);
            RecheckFinding request = rechecks.openFindings(PageRequest.of(0, 500)).stream()
                    .filter(f -> f.getPerson().getId() == personId).findFirst().orElseThrow();
            rechecks.closeFinding(request.getId(), request.getVersion());
            assertThat(openFindings(personId)).isEmpty();

            // the entry now holds a finding of each kind: the request done, a follow-up open again
            RecheckEntry missing = rechecks.mark(list, personId, lost.getVersion(),
                    RecheckResult.CERTIFICATE_MISSING, null, null);
            assertThat(openFindings(personId)).containsExactly(RecheckFinding.Kind.CERTIFICATE_FOLLOW_UP);
            RecheckEntry away = rechecks.mark(list, personId, missing.getVersion(), RecheckResult.STILL_AWAY, null,
                    null);
            assertThat(openFindings(personId)).as("the follow-up withdrawn").isEmpty();
            rechecks.mark(list, personId, away.getVersion(), RecheckResult.CONTACT_LOST, null, null);
            assertThat(openFindings(personId)).as("the request of the month was sent already").isEmpty();
        }

        private List<RecheckFinding.Kind> openFindings(long personId) {
            return rechecks.openFindings(PageRequest.of(0, 500)).stream()
                    .filter(f -> f.getPerson().getId() == personId).map(RecheckFinding::getKind).toList();
        }
    }

    @Nested
    class Progress {

        @Test
        void lateUnitsComeFirstThenThoseNotCompleteThenTheComplete() {
            login("chengguan.staff", HomeView.class);
            long fanleng = listOf(CHENGGUAN, FANLENG);
            LocalDate due = asOwner().sql("select due_on from t_621227100.recheck_list where id = ?").param(fanleng)
                    .query(LocalDate.class).single();
            asOwner().sql("update t_621227100.recheck_list set due_on = ? where id = ?")
                    .params(today.date().minusDays(1), fanleng).update();
            try {
                List<Rechecks.Progress> units = rechecks.progress(today.month());
                assertThat(units.getFirst().listId()).isEqualTo(fanleng);
                assertThat(units.getFirst().late()).isTrue();
                int firstComplete = units.stream().map(Rechecks.Progress::complete).toList().indexOf(true);
                assertThat(units.subList(firstComplete, units.size())).allMatch(Rechecks.Progress::complete);
                assertThat(units.subList(1, firstComplete)).noneMatch(Rechecks.Progress::late);

                // the late village-months behind the township's figure: as many as it says, this one among them
                TenantContext.runAs(CHENGGUAN, () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(status -> recheckFigures.refresh(today.month())));
                long figure = rollups.unitsOf(CHENGGUAN, List.of(today.month().toString()),
                        List.of(Rechecks.UNITS_LATE)).stream().filter(row -> row.unit().isEmpty())
                        .mapToLong(Rollups.Row::value).sum();
                List<FigureRecords.CountedItem> items = RecordsProbe.items(lateLists, CHENGGUAN, today.month(),
                        today.month());
                assertThat(items).hasSize((int) figure).anySatisfy(item -> {
                    assertThat(item.unit()).isEqualTo(FANLENG);
                    assertThat(item.reference()).startsWith(today.month() + " ");
                });
                assertThat(RecordsProbe.items(lateLists, FUJIA, today.month(), today.month()))
                        .noneMatch(item -> item.unit().equals(FANLENG));
            } finally {
                asOwner().sql("update t_621227100.recheck_list set due_on = ? where id = ?").params(due, fanleng)
                        .update();
                TenantContext.runAs(CHENGGUAN, () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(status -> recheckFigures.refresh(today.month())));
            }
        }

        @Test
        void oneListsProgressIsCountedAloneAndOnlyForThoseWhoMaySeeIt() {
            login("chengguan.staff", HomeView.class);
            long xiannong = listOf(CHENGGUAN, XIANNONG);
            Rechecks.Progress inTheMonth = rechecks.progress(today.month()).stream()
                    .filter(p -> p.listId() == xiannong).findFirst().orElseThrow();
            assertThat(rechecks.progressOf(xiannong)).isEqualTo(inTheMonth);
            assertThat(inTheMonth.marked()).isPositive();

            login("chengguan.group", HomeView.class);
            assertThatThrownBy(() -> rechecks.progressOf(xiannong)).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void theDueDayIsTheAdminsToSetBetweenTheFirstAndTheThirtyFirst() {
            login("chengguan.staff", HomeView.class);
            assertThatThrownBy(() -> rechecks.setDueDay(0, 20)).isInstanceOf(AccessDeniedException.class);
            login("chengguan.admin", HomeView.class);
            RecheckSetting setting = rechecks.setting();
            assertThatThrownBy(() -> rechecks.setDueDay(setting.getVersion(), 32))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("dueDay"));
            RecheckSetting changed = rechecks.setDueDay(setting.getVersion(), 20);
            assertThat(rechecks.list(listOf(CHENGGUAN, XIANNONG)).getDueOn())
                    .isEqualTo(today.month().atDay(20));
            rechecks.setDueDay(changed.getVersion(), 25);
        }
    }

    @Nested
    class AnotherTownship {

        @Test
        void seesNoneOfTheListsNorChangesThem() {
            long xiannong = listOf(CHENGGUAN, XIANNONG);
            long personOnIt = asOwner().sql("select person_id from t_621227100.recheck_entry where list_id = ? limit 1")
                    .param(xiannong).query(Long.class).single();
            login("fujia.staff", HomeView.class);
            assertThat(rechecks.progress(today.month())).extracting(Rechecks.Progress::orgUnitCode)
                    .allMatch(code -> code.startsWith(FUJIA.value()));
            long fujiaList = listOf(FUJIA, "621227101200");
            assertThatThrownBy(() -> rechecks.mark(fujiaList, personOnIt, 0, RecheckResult.NOT_FOUND, null, null))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(rechecks.openFindings(PageRequest.of(0, 500)))
                    .noneMatch(f -> f.getPerson().getName().equals("孙明"));

            for (String sql : List.of("select count(*) from t_621227100.recheck_entry",
                    "select count(*) from t_621227100.recheck_list",
                    "update t_621227100.recheck_entry set result = 'NOT_FOUND' returning id",
                    "select count(*) from t_621227100.recheck_finding")) {
                assertThatThrownBy(() -> sqlAsTenant(FUJIA, sql)).as(sql)
                        .hasStackTraceContaining("permission denied");
            }
        }
    }

    @Test
    void theFiguresCountTheMonthsListsAndMarks() {
        Map<TenantCode, Long> due = rollups.valuesIn(CHENGGUAN, Rechecks.DUE, today.month().toString());
        Map<TenantCode, Long> done = rollups.valuesIn(CHENGGUAN, Rechecks.DONE, today.month().toString());
        long entries = asOwner().sql("""
                        select count(*) from t_621227100.recheck_entry e join t_621227100.recheck_list l
                        on l.id = e.list_id where l.month = ?""").param(today.month().atDay(1))
                .query(Long.class).single();
        assertThat(due).containsEntry(CHENGGUAN, entries);
        assertThat(done.get(CHENGGUAN)).isPositive().isLessThanOrEqualTo(entries);
    }
}
