package cn.gongguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.DeductionRecords.Entry;
import cn.gongguan.assessment.Scorecard.Adjustment;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The records behind the deductions of this year's scorecard, made through the features: feedback 伏家镇 sent that
 * 城关镇 answers late through the exchange, persons of a village waiting past their visit, a residents' committee's
 * houses owing their landlord reports. Every deduction lists exactly as many items as it counted, each record exists,
 * the township sees only its own, and the county sees references without any name or ID number.
 */
class DeductionRecordsTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of("621227101");
    static final String FANLENG = "621227100201";

    @Autowired
    DeductionRecords records;
    @Autowired
    Scorecards scorecards;
    @Autowired
    Schemes schemes;
    @Autowired
    Exchange exchange;
    @Autowired
    PersonRegistry registry;
    @Autowired
    RentalHouses houses;
    @Autowired
    FigureRecount recount;
    @Autowired
    Today today;

    int year;
    final List<Long> lateMessages = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<String> idNumbers = new ArrayList<>();

    @BeforeEach
    void recordsOfThisYear() throws Exception {
        year = today.date().getYear();
        login("county.admin", HomeView.class);
        if (schemes.current(year).map(v -> v.scheme().rules().size()).orElse(0) == 0) {
            schemes.importFile(year, schemes.current(year).map(Schemes.Version::version).orElse(null),
                    SchemeFileTest.example(), null);
        }
        LocalDate sent = Stream.of(today.date().minusDays(20), LocalDate.of(year, 1, 1))
                .max(LocalDate::compareTo).orElseThrow();
        for (int i = 0; i < 3; i++) {
            String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1985, 3, 1 + i), Sex.FEMALE);
            String name = "迟复对象" + i + System.nanoTime() % 1000;
            names.add(name);
            idNumbers.add(idNumber);
            lateMessages.add(((Number) sqlAsTenant(FUJIA, """
                    insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                        outcome, sent_by, sent_at, due_on, due_provisional, escalate_on)
                    values ('FEEDBACK', '621227101', '621227100', '%s', '%s', 'OTHER', 'fujia.staff',
                            timestamp '%s 12:00' at time zone '%s', date '%s', false, date '%s' + 3)
                    returning id""".formatted(name, idNumber, sent, CountyTime.ZONE_NAME, sent.plusDays(3),
                    sent.plusDays(3))).getFirst()).longValue());
        }
        login("chengguan.staff", HomeView.class);
        lateMessages.forEach(id -> exchange.answer(id, "已落实"));
        LocalDate arrived = sent.minusDays(40).isBefore(LocalDate.of(year, 1, 1)) ? LocalDate.of(year, 1, 1)
                : sent.minusDays(40);
        for (int i = 0; i < 2; i++) {
            String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1990, 5, 10 + i), Sex.MALE);
            PersonDetails details = PersonFixtures.details("待访对象" + i + System.nanoTime() % 1000, idNumber);
            details.setOrgUnit(FANLENG);
            details.setArrivalDate(arrived);
            details.setFlowType(cn.gongguan.registry.FlowType.INFLOW);
            Person person = registry.register(details);
            names.add(details.getName());
            idNumbers.add(idNumber);
            asOwner().sql("update t_621227100.person set created_at = ?::date where id = ?")
                    .params(Date.valueOf(arrived), person.getId()).update();
        }
        login("beijie.clerk", HomeView.class);
        String first17 = "62122719700101" + "%03d".formatted(System.nanoTime() % 1000);
        String landlordId = first17 + IdNumber.checkCharacter(first17);
        RentalHouse house = houses.register(new HouseDetails(null, "考核路 " + System.nanoTime() % 100000 + " 号",
                "缺报房东", landlordId, "13900000001", 2));
        names.add("缺报房东");
        idNumbers.add(landlordId);
        asOwner().sql("update t_621227100001.rental_house set registered_on = ? where id = ?")
                .params(Date.valueOf(arrived), house.getId()).update();
        logout();
        recount.recountDue();
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void everyDeductionListsAsManyExistingRecordsAsItCounted() {
        login("chengguan.staff", HomeView.class);
        Scorecard card = scorecards.own(year).orElseThrow().card();
        List<Adjustment> counted = Stream.concat(card.lines().stream().flatMap(line -> line.deductions().stream()),
                card.bonuses().stream()).filter(Adjustment::available).toList();
        assertThat(counted.stream().map(Adjustment::item)).contains(Measure.FEEDBACK_LATE, Measure.VISITS_OVERDUE,
                Measure.REPORTS_MISSING);
        for (Adjustment adjustment : counted) {
            List<Entry> entries = records.own(year, adjustment.item());
            assertThat(DeductionRecords.count(entries)).as(adjustment.item().code()).isEqualTo(adjustment.items());
            assertThat(entries).allSatisfy(entry -> assertThat(entry.month().getYear()).isEqualTo(year));
        }
        List<Entry> late = records.own(year, Measure.FEEDBACK_LATE);
        assertThat(card.deduction(Measure.FEEDBACK_LATE).orElseThrow().items()).isGreaterThanOrEqualTo(3);
        List<Long> listed = late.stream().filter(entry -> entry.reference() != null)
                .map(entry -> Long.parseLong(entry.reference().substring(1, entry.reference().indexOf(' ')))).toList();
        assertThat(listed).containsAll(lateMessages);
        assertThat(asOwner().sql("select count(*) from platform.exchange_message where id = any(?)"
                + " and addressee_code = '621227100' and answered_at::date > due_on")
                .param(listed.toArray(Long[]::new)).query(Long.class).single())
                .as("each listed message exists and was answered late").isEqualTo(listed.size());
        assertThat(late.stream().map(Entry::detail)).anySatisfy(detail -> assertThat(detail)
                .contains(names.getFirst()).doesNotContain(idNumbers.getFirst()).contains("**********"));
        List<Entry> overdue = records.own(year, Measure.VISITS_OVERDUE);
        assertThat(overdue).anySatisfy(entry -> assertThat(entry.detail()).contains(names.get(3)));
        List<Long> persons = asOwner().sql("select count(*) from t_621227100.person where name = any(?)")
                .param(names.subList(3, 5).toArray(String[]::new)).query(Long.class).list();
        assertThat(persons).containsExactly(2L);
        List<Entry> missing = records.own(year, Measure.REPORTS_MISSING);
        assertThat(missing).as("the residents' committee's share, counted only")
                .anySatisfy(entry -> {
                    assertThat(entry.unit()).isEqualTo("北街居委会");
                    assertThat(entry.reference()).isNull();
                    assertThat(entry.detail()).isNull();
                });
    }

    @Test
    void aTownshipSeesOnlyItsOwnRecordsAndNeverTheCountysReferences() {
        login("fujia.admin", HomeView.class);
        for (Measure item : List.of(Measure.FEEDBACK_LATE, Measure.VISITS_OVERDUE, Measure.REPORTS_MISSING)) {
            List<Entry> own = records.own(year, item);
            assertThat(own).noneSatisfy(entry -> assertThat(shown(entry)).containsAnyOf(names.toArray(String[]::new)));
            assertThat(own).noneSatisfy(entry -> assertThat(entry.unit()).isIn("北街居委会", "城关镇"));
            assertThat(own.stream().map(Entry::reference)).doesNotContainAnyElementsOf(
                    lateMessages.stream().map(id -> "#" + id).toList());
            assertThat(own).noneSatisfy(entry -> assertThat(String.valueOf(entry.reference()))
                    .startsWith("#" + lateMessages.getFirst() + " "));
            assertThatThrownBy(() -> records.references(CHENGGUAN, year, item))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theCountySeesReferencesWithoutPersonalContent() {
        login("county.governance", HomeView.class);
        Scorecard card = scorecards.of(CHENGGUAN, year).orElseThrow().card();
        for (Measure item : List.of(Measure.FEEDBACK_LATE, Measure.VISITS_OVERDUE, Measure.REPORTS_MISSING)) {
            List<Entry> references = records.references(CHENGGUAN, year, item);
            assertThat(DeductionRecords.count(references)).as(item.code())
                    .isEqualTo(card.deduction(item).orElseThrow().items());
            assertThat(references).allSatisfy(entry -> {
                assertThat(entry.detail()).isNull();
                assertThat(shown(entry)).doesNotContain(names.toArray(String[]::new))
                        .doesNotContain(idNumbers.toArray(String[]::new));
            });
        }
        assertThat(records.references(CHENGGUAN, year, Measure.FEEDBACK_LATE).stream().map(Entry::reference))
                .anySatisfy(reference -> assertThat(reference).startsWith("#" + lateMessages.getFirst() + " "));
        for (TenantCode notATownship : Set.of(TenantCode.of("621227"), TenantCode.of("621227100001"),
                TenantCode.of("620102001"))) {
            assertThatThrownBy(() -> records.references(notATownship, year, Measure.FEEDBACK_LATE))
                    .as(notATownship.value()).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String shown(Entry entry) {
        return entry.unit() + " " + entry.reference() + " " + entry.detail();
    }
}
