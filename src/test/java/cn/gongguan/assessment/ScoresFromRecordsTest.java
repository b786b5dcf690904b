package cn.gongguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The property the issue asks for: a township's live scorecard equals the one scored from figures counted directly
 * from the records. Each round generates random feedback addressed to the second county's township (测试二县's 二县镇,
 * so that no other test's figures mingle): sent on a random day of this year, due a random number of days later,
 * then answered through the exchange (on time or late), closed by the sender or left unanswered; the recount runs;
 * a random scheme weighing the feedback (on-time rate, deductions per late answer and per overdue month-end) is saved.
 * The live scorecard ({@link Scorecards#own}) must equal {@link Scoring#score} of the figures this test counts itself
 * with hand-written SQL over {@code platform.exchange_message}. The seed is printed with a failure.
 */
class ScoresFromRecordsTest extends UiTest {

    private static final TenantCode TOWNSHIP = SecondCountyTree.TOWNSHIP;
    private static final String COUNTY_ADMIN = "erxian.admin";
    private static final String STAFF = "erxian.staff";
    private static final int ROUNDS = 4;

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    Exchange exchange;
    @Autowired
    FigureRecount recount;
    @Autowired
    Schemes schemes;
    @Autowired
    Scorecards scorecards;
    @Autowired
    YearFigures yearFigures;
    @Autowired
    Today today;

    @BeforeEach
    void theSecondCountyWithItsUsers() throws Exception {
        secondCounty.declare();
        account(COUNTY_ADMIN, "county.admin", SecondCountyTree.COUNTY);
        account(STAFF, "fujia.staff", TOWNSHIP);
    }

    @Test
    void liveScoresEqualScoresCountedFromTheRecords() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int year = today.date().getYear();
        for (int round = 1; round <= ROUNDS; round++) {
            List<Long> answered = new ArrayList<>();
            List<Long> closed = new ArrayList<>();
            if (round == 1) {
                // at least one of each, whatever the seed: answered late, and left overdue
                answered.add(sent(today.date().minusDays(30), today.date().minusDays(20)));
                sent(today.date().minusDays(60), today.date().minusDays(50));
            }
            int messages = 3 + random.nextInt(10);
            for (int i = 0; i < messages; i++) {
                long id = sent(random, year);
                switch (random.nextInt(3)) {
                    case 0 -> answered.add(id);
                    case 1 -> closed.add(id);
                    default -> { }
                }
            }
            login(STAFF, HomeView.class);
            answered.forEach(id -> exchange.answer(id, "已落实"));
            login("chengguan.staff", HomeView.class);
            closed.forEach(exchange::close);
            recount.recountDue();

            login(COUNTY_ADMIN, HomeView.class);
            Schemes.Version version = schemes.save(year,
                    schemes.current(year).map(Schemes.Version::version).orElse(null), scheme(random, year),
                    "属性测试第 " + round + " 轮");
            login(STAFF, HomeView.class);
            Scorecard live = scorecards.own(year).orElseThrow().card();
            Scorecard counted = Scoring.score(version.version(), version.scheme(), counted(year),
                    yearFigures.available(), Map.of());
            assertThat(live).as("round %d of seed %d: %d messages", round, seed, messages).isEqualTo(counted);
            assertThat(live.deduction(Measure.FEEDBACK_LATE).orElseThrow().items()).as("late answers").isPositive();
            assertThat(live.deduction(Measure.FEEDBACK_OVERDUE).orElseThrow().items()).as("overdue").isPositive();
        }
    }

    /** Feedback 城关镇 sent to the township on a random day of the year so far, due 0 to 40 days later. */
    private long sent(Random random, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        long days = Math.max(today.date().toEpochDay() - first.toEpochDay(), 1);
        LocalDate on = first.plusDays(random.nextLong(days));
        return sent(on, on.plusDays(random.nextInt(41)));
    }

    /** Feedback 城关镇 sent to the township at noon (county time) on the day given, due on the other. */
    private long sent(LocalDate on, LocalDate due) {
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1990, 3, 1), Sex.FEMALE);
        return ((Number) sqlAsTenant(TenantCode.of("621227100"), """
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    outcome, sent_by, sent_at, due_on, due_provisional, escalate_on)
                values ('FEEDBACK', '621227100', '%s', '随机反馈', '%s', 'OTHER', 'chengguan.staff',
                        timestamp '%s 12:00' at time zone '%s', date '%s', false, date '%s' + 3)
                returning id""".formatted(TOWNSHIP.value(), idNumber, on, CountyTime.ZONE_NAME, due, due))
                .getFirst()).longValue();
    }

    /** A valid scheme weighing the feedback with random targets, points and caps. */
    private static Scheme scheme(Random random, int year) {
        return new Scheme(year, BigDecimal.valueOf(100),
                List.of(new Indicator(Measure.FEEDBACK_ON_TIME, BigDecimal.valueOf(100),
                        BigDecimal.valueOf(60 + random.nextInt(41)))),
                List.of(new Rule(RuleKind.DEDUCTION, Measure.FEEDBACK_LATE, Measure.FEEDBACK_ON_TIME,
                                BigDecimal.valueOf(1 + random.nextInt(6), 1), BigDecimal.valueOf(1 + random.nextInt(30))),
                        new Rule(RuleKind.DEDUCTION, Measure.FEEDBACK_OVERDUE, Measure.FEEDBACK_ON_TIME,
                                BigDecimal.valueOf(1 + random.nextInt(20), 1), BigDecimal.valueOf(1 + random.nextInt(30)))),
                BigDecimal.valueOf(90), BigDecimal.valueOf(60));
    }

    /**
     * The year's feedback figures of the township and its committees counted from the messages: answers given this
     * year on or before their due day and after it; and, at the end of each month so far (today for this one), the
     * feedback sent by then, due before that day and neither answered nor closed by then — summed over the months.
     */
    private Map<String, Long> counted(int year) {
        String zone = CountyTime.ZONE_NAME;
        String addressee = "left(addressee_code, 9) = '" + TOWNSHIP.value() + "' and kind = 'FEEDBACK'";
        Map<String, Object> answers = asOwner().sql("""
                        select count(*) filter (where (answered_at at time zone ?)::date <= due_on) as on_time,
                               count(*) filter (where (answered_at at time zone ?)::date > due_on) as late
                        from platform.exchange_message
                        where %s and extract(year from answered_at at time zone ?) = ?""".formatted(addressee))
                .params(zone, zone, zone, year).query().singleRow();
        long overdue = asOwner().sql("""
                        select count(*)
                        from platform.exchange_message m,
                             (select least((make_date(?, k, 1) + interval '1 month' - interval '1 day')::date,
                                           cast(? as date)) as day
                              from generate_series(1, 12) k where make_date(?, k, 1) <= ?) month_end
                        where %s and (m.sent_at at time zone ?)::date <= month_end.day and m.due_on < month_end.day
                          and (m.answered_at is null or (m.answered_at at time zone ?)::date > month_end.day)
                          and (m.closed_at is null or (m.closed_at at time zone ?)::date > month_end.day)"""
                        .formatted(addressee))
                .params(year, today.date(), year, today.date(), zone, zone, zone).query(Long.class).single();
        return Map.of(Exchange.FEEDBACK_ON_TIME, ((Number) answers.get("on_time")).longValue(),
                Exchange.FEEDBACK_LATE, ((Number) answers.get("late")).longValue(),
                Exchange.FEEDBACK_OVERDUE, overdue);
    }

    /** An account like the model's (its role), of the second county's tree, made once. */
    private void account(String username, String model, TenantCode tenant) {
        asOwner().sql("""
                        insert into platform.app_user (username, display_name, password_hash, tenant_code, role,
                            created_by, status, activated_by, activated_at, must_change_password)
                        select ?, display_name || '（二县）', password_hash, ?, role, 'test', 'ACTIVE', 'test', now(),
                               false
                        from platform.app_user where username = ?
                        on conflict (username) do nothing""")
                .params(username, tenant.value(), model).update();
    }
}
