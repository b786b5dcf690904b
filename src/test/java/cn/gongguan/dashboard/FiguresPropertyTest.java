package cn.gongguan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The property the dashboards rest on: the figures kept while records change — months marked owed by the tables'
 * triggers, counted by the background recount at random moments — equal every month counted afresh from the records.
 * Random registrations (arrivals back-dated up to a year, in villages, groups or no unit), visits on random days,
 * corrected arrival days and departures, in two townships, for several seeds.
 */
class FiguresPropertyTest extends UiTest {

    private static final List<TenantCode> TOWNSHIPS = List.of(TenantCode.of("621227100"), TenantCode.of("621227101"));
    private static final List<String> STAFF = List.of("chengguan.staff", "fujia.staff");
    private static final int STEPS = 30;

    @Autowired
    FigureRecount recount;
    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Today today;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 37})
    void figuresKeptAsRecordsChangeEqualAFreshCountOfEveryMonth(long seed) {
        Random random = new Random(seed);
        recount.recountDue();
        Map<Integer, List<Long>> persons = new HashMap<>();
        for (int step = 0; step < STEPS; step++) {
            int township = random.nextInt(TOWNSHIPS.size());
            login(STAFF.get(township), HomeView.class);
            List<Long> theirs = persons.computeIfAbsent(township, t -> new ArrayList<>());
            int action = theirs.isEmpty() ? 0 : random.nextInt(6);
            switch (action) {
                case 0, 1 -> theirs.add(registry.register(newcomer(random, township)).getId());
                case 2, 3 -> visit(random, theirs.get(random.nextInt(theirs.size())));
                case 4 -> correct(random, theirs.get(random.nextInt(theirs.size())));
                default -> trips.depart(outflow(random, township),
                        OutflowFixtures.trip(day(random, today.date().minusMonths(12)), OutflowFixtures.CHUNXILU),
                        TripSource.TOWNSHIP);
            }
            logout();
            if (random.nextInt(4) == 0) {
                recount.recountDue();
            }
        }
        recount.recountDue();
        Map<String, Long> kept = figures();

        asOwner().sql("delete from platform.rollup where tenant_code = any(?) and indicator = any(?)")
                .params(codes(), indicators()).update();
        for (TenantCode township : TOWNSHIPS) {
            for (int back = 0; back <= FigureRecount.MONTHS_KEPT; back++) {
                recount.recount(township, today.month().minusMonths(back));
            }
        }

        Map<String, Long> fresh = figures();
        Map<String, String> differences = new TreeMap<>();
        Stream.concat(kept.keySet().stream(), fresh.keySet().stream()).distinct()
                .filter(key -> !Objects.equals(kept.get(key), fresh.get(key)))
                .forEach(key -> differences.put(key, kept.get(key) + " kept, " + fresh.get(key) + " afresh"));
        assertThat(differences).isEmpty();
    }

    private PersonDetails newcomer(Random random, int township) {
        PersonDetails details = PersonFixtures.details("属性" + random.nextInt(1000),
                PersonFixtures.newIdNumber(LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12_000)),
                        random.nextBoolean() ? Sex.FEMALE : Sex.MALE));
        details.setOrgUnit(unit(random, township));
        details.setArrivalDate(day(random, today.date().minusMonths(12)));
        details.setFlowType(random.nextInt(4) == 0 ? FlowType.INTRA_COUNTY : FlowType.INFLOW);
        return details;
    }

    /** A person of the township about to leave, with an ID number of a random birthday (so no other test's). */
    private PersonDetails outflow(Random random, int township) {
        PersonDetails details = OutflowFixtures.person("属性外出", unit(random, township));
        details.setIdNumber(PersonFixtures.newIdNumber(LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12_000)),
                Sex.FEMALE));
        return details;
    }

    /** A visit on a random day between the person's arrival and today. */
    private void visit(Random random, long personId) {
        Person person = registry.find(personId).orElseThrow();
        LocalDate from = person.getArrivalDate() == null ? today.date() : person.getArrivalDate();
        fiveSteps.recordVisit(personId, day(random, from), "属性测试走访");
    }

    /**
     * An arrival day corrected, earlier or later: a dated change, which must reach every month it touches. (An edit
     * that is not dated — a move to another unit — changes the current month only, and a closed month keeps what it
     * closed with: FigureRecountTest checks that, since a fresh count would see the person in the new unit.)
     */
    private void correct(Random random, long personId) {
        Person person = registry.find(personId).orElseThrow();
        PersonDetails details = person.details();
        details.setArrivalDate(day(random, details.getArrivalDate().minusMonths(6)));
        registry.update(personId, person.getVersion(), details);
    }

    /** One of the township's villages or groups, or none. */
    private String unit(Random random, int township) {
        List<String> units = asOwner().sql("select code from " + TOWNSHIPS.get(township).schema() + ".org_unit order by code")
                .query(String.class).list();
        int pick = random.nextInt(units.size() + 1);
        return pick == units.size() ? null : units.get(pick);
    }

    /** A day from {@code from} (not before a year ago) to today. */
    private LocalDate day(Random random, LocalDate from) {
        LocalDate earliest = today.month().minusMonths(FigureRecount.MONTHS_KEPT).atDay(1);
        LocalDate start = from.isBefore(earliest) ? earliest : from;
        long days = ChronoUnit.DAYS.between(start, today.date());
        return days <= 0 ? today.date() : start.plusDays(random.nextLong(days + 1));
    }

    private Map<String, Long> figures() {
        Map<String, Long> figures = new TreeMap<>();
        asOwner().sql("""
                        select tenant_code, period, indicator, unit_code, value from platform.rollup
                        where tenant_code = any(?) and indicator = any(?)
                          and period between ? and ?""")
                .params(codes(), indicators(), today.month().minusMonths(FigureRecount.MONTHS_KEPT).toString(),
                        today.month().toString())
                .query(rs -> {
                    figures.put(String.join("/", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            rs.getLong(5));
                });
        return figures;
    }

    private static String[] codes() {
        return TOWNSHIPS.stream().map(TenantCode::value).toArray(String[]::new);
    }

    private static String[] indicators() {
        return Figure.indicators().toArray(String[]::new);
    }
}
