package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feedback figures of the addressee (issue 13): answered on time and late in the month of the answer, overdue at a
 * month's end; the exchange's platform rows mark the addressee's months, not the sender's, and only when a feedback
 * is sent, answered or closed.
 */
class ExchangeFiguresTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    Exchange exchange;
    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    Today today;

    YearMonth now;
    YearMonth twoAgo;

    @BeforeEach
    void nothingOwed() {
        now = today.month();
        twoAgo = now.minusMonths(2);
        recount.recountDue();
        assertThat(owed(FUJIA)).isEmpty();
    }

    List<String> owed(TenantCode tenant) {
        return asOwner().sql("select distinct period from platform.figure_owed where tenant_code = ? order by period")
                .param(tenant.value()).query(String.class).list();
    }

    long fujia(String indicator, YearMonth month) {
        return rollups.unitsOf(FUJIA, List.of(month.toString()), List.of(indicator)).stream()
                .filter(row -> row.unit().isEmpty()).mapToLong(Rollups.Row::value).findFirst().orElseThrow();
    }

    List<String> since(YearMonth from) {
        return Stream.iterate(from, m -> !m.isAfter(now), m -> m.plusMonths(1)).map(YearMonth::toString).toList();
    }

    /** A feedback 城关镇 sent to {@code addressee} at noon (county time) on the day given, due on the other day. */
    long sent(String addressee, LocalDate on, LocalDate due) {
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1991, 6, 1), Sex.MALE);
        return ((Number) sqlAsTenant(CHENGGUAN, """
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    outcome, sent_by, sent_at, due_on, due_provisional, escalate_on)
                values ('FEEDBACK', '621227100', '%s', '统计反馈', '%s', 'OTHER', 'chengguan.staff',
                        timestamp '%s 12:00' at time zone '%s', date '%s', false, date '%s' + 3)
                returning id""".formatted(addressee, idNumber, on, CountyTime.ZONE_NAME, due, due))
                .getFirst()).longValue();
    }

    @Test
    void aFeedbackUnansweredPastItsDueDayIsOverdueAtTheEndOfEachMonthUntilAnsweredLateThisMonth() {
        long overdueThen = fujia(Exchange.FEEDBACK_OVERDUE, twoAgo);
        long overdueNow = fujia(Exchange.FEEDBACK_OVERDUE, now);
        long late = fujia(Exchange.FEEDBACK_LATE, now);
        long id = sent(FUJIA.value(), twoAgo.atDay(3), twoAgo.atDay(10));
        assertThat(owed(FUJIA)).as("the addressee's months from the one it was sent in").isEqualTo(since(twoAgo));
        assertThat(owed(CHENGGUAN)).as("not the sender's").doesNotContain(twoAgo.toString());

        recount.recountDue();
        assertThat(fujia(Exchange.FEEDBACK_OVERDUE, twoAgo)).isEqualTo(overdueThen + 1);
        assertThat(fujia(Exchange.FEEDBACK_OVERDUE, now)).isEqualTo(overdueNow + 1);

        login("fujia.staff", HomeView.class);
        exchange.answer(id, "已落实措施");
        long written = fujia(Exchange.FEEDBACK_LATE, now);
        assertThat(written).as("counted with the answer").isEqualTo(late + 1);
        assertThat(owed(FUJIA)).as("the month of the answer").containsExactly(now.toString());

        recount.recountDue();
        assertThat(fujia(Exchange.FEEDBACK_LATE, now)).isEqualTo(written);
        assertThat(fujia(Exchange.FEEDBACK_OVERDUE, now)).isEqualTo(overdueNow);
        recount.recount(FUJIA, twoAgo);
        assertThat(fujia(Exchange.FEEDBACK_OVERDUE, twoAgo)).as("that month closed with it overdue")
                .isEqualTo(overdueThen + 1);
    }

    @Test
    void anAnswerOnTimeCountsInItsMonthAndAClosedThreadIsNoLongerOverdueFromTheMonthItWasClosed() {
        long onTime = fujia(Exchange.FEEDBACK_ON_TIME, now);
        YearMonth lastMonth = now.minusMonths(1);
        long overdueLastMonth = fujia(Exchange.FEEDBACK_OVERDUE, lastMonth);
        long overdueNow = fujia(Exchange.FEEDBACK_OVERDUE, now);
        long answered = sent(FUJIA.value(), today.date(), today.date().plusDays(5));
        long closed = sent(FUJIA.value(), lastMonth.atDay(1), lastMonth.atDay(2));
        recount.recountDue();
        assertThat(fujia(Exchange.FEEDBACK_OVERDUE, lastMonth)).isEqualTo(overdueLastMonth + 1);

        login("fujia.staff", HomeView.class);
        exchange.answer(answered, "已联系本人");
        login("chengguan.staff", HomeView.class);
        exchange.close(closed);
        assertThat(owed(FUJIA)).containsExactly(now.toString());
        recount.recountDue();

        assertThat(fujia(Exchange.FEEDBACK_ON_TIME, now)).isEqualTo(onTime + 1);
        assertThat(fujia(Exchange.FEEDBACK_OVERDUE, now)).isEqualTo(overdueNow);
        assertThat(fujia(Exchange.FEEDBACK_OVERDUE, lastMonth)).isEqualTo(overdueLastMonth + 1);
    }

    @Test
    void aPlaceOutsideTheSystemARereadOfSealedValuesAndAnotherTenantMarkNothingTheyMayReach() {
        long id = sent("510104018", today.date(), today.date().plusDays(5));
        assertThat(asOwner().sql("select count(*) from platform.figure_owed where tenant_code = '510104018'")
                .query(Long.class).single()).isZero();
        long toFujia = sent(FUJIA.value(), today.date(), today.date().plusDays(5));
        recount.recountDue();

        asOwner().sql("update platform.exchange_message set outbox_state = outbox_state, note_sealed = note_sealed"
                + " where id in (?, ?)").params(id, toFujia).update();
        assertThat(owed(FUJIA)).isEmpty();

        sent(FUJIA.value(), today.date(), today.date().plusDays(5));
        assertThat(owed(FUJIA)).isNotEmpty();
        assertThat(sqlAsTenant(CHENGGUAN, "select count(*) from platform.figure_owed where tenant_code = '621227101'"))
                .as("the sender reads none of the addressee's marks").singleElement().isEqualTo(0L);
        assertThat(sqlAsTenant(CHENGGUAN,
                "delete from platform.figure_owed where tenant_code = '621227101' returning id"))
                .isEmpty();
        assertThat(owed(FUJIA)).isNotEmpty();
    }

    @Test
    void messagesReceivedAndAnsweredCountInTheirMonthsForTheAddresseeOnly() {
        YearMonth lastMonth = now.minusMonths(1);
        long receivedThen = fujia(MessageFigures.RECEIVED, lastMonth);
        long receivedNow = fujia(MessageFigures.RECEIVED, now);
        long answeredNow = fujia(MessageFigures.ANSWERED, now);
        long chengguanReceived = rollups.unitsOf(CHENGGUAN, List.of(now.toString()),
                List.of(MessageFigures.RECEIVED)).stream().mapToLong(Rollups.Row::value).sum();
        // due after today: answered on time, so that no other test meets it among 伏家镇's late answers
        long early = sent(FUJIA.value(), lastMonth.atDay(5), today.date().plusDays(5));
        sent(FUJIA.value(), today.date(), today.date().plusDays(5));
        login("fujia.staff", HomeView.class);
        exchange.answer(early, "已核实");
        recount.recountDue();

        assertThat(fujia(MessageFigures.RECEIVED, lastMonth)).isEqualTo(receivedThen + 1);
        assertThat(fujia(MessageFigures.RECEIVED, now)).isEqualTo(receivedNow + 1);
        assertThat(fujia(MessageFigures.ANSWERED, now)).as("answered this month").isEqualTo(answeredNow + 1);
        assertThat(rollups.unitsOf(CHENGGUAN, List.of(now.toString()), List.of(MessageFigures.RECEIVED)).stream()
                .mapToLong(Rollups.Row::value).sum()).as("not the sender's").isEqualTo(chengguanReceived);
    }
}
