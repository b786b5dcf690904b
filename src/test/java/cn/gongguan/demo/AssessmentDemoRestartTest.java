package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.YearState;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.ui.HomeView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment's demo started again on the same database: the same year changes nothing; a year later (as if the
 * server restarted next year) the year before is closed as the county would close it, its objection decided and the
 * year approved, and the new year is under review. Seeds its own years, 2001 to 2003 (past ones, so that their
 * figures count).
 */
class AssessmentDemoRestartTest extends UiTest {

    private static final int FIRST = 2002;
    private static final int NEXT = 2003;
    private static final String CHENGGUAN = "621227100";

    @Autowired
    AssessmentDemo demo;
    @Autowired
    Scorecards scorecards;
    @Autowired
    Closing closing;
    @Autowired
    Schemes schemes;

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void aSecondStartChangesNothingAndAStartAYearLaterClosesTheYearBefore() {
        // 城关镇 answered two of its feedback messages late in the first year: a deduction it objects to
        figure(Exchange.FEEDBACK_ON_TIME, FIRST + "-06", 20);
        figure(Exchange.FEEDBACK_LATE, FIRST + "-06", 2);
        demo.seed(FIRST);
        String first = snapshot();
        login("county.governance", HomeView.class);
        assertThat(scorecards.state(FIRST - 1)).isEqualTo(YearState.LOCKED);
        assertThat(scorecards.state(FIRST)).isEqualTo(YearState.REVIEW);
        assertThat(closing.objections(FIRST)).singleElement().satisfies(objection -> {
            assertThat(objection.item()).isEqualTo(Measure.FEEDBACK_LATE);
            assertThat(objection.isOpen()).isTrue();
        });
        logout();

        demo.seed(FIRST);
        assertThat(snapshot()).as("started again the same year").isEqualTo(first);

        demo.seed(NEXT);
        login("county.governance", HomeView.class);
        assertThat(scorecards.state(FIRST)).isEqualTo(YearState.LOCKED);
        assertThat(closing.confirmations(FIRST)).extracting(c -> c.township().value())
                .contains(CHENGGUAN, "621227101");
        assertThat(closing.objections(FIRST)).singleElement().satisfies(objection -> {
            assertThat(objection.decision()).isEqualTo(Closing.Decision.REJECTED);
            assertThat(objection.decisionReason()).isEqualTo(AssessmentDemo.DECISION);
        });
        assertThat(scorecards.state(NEXT)).isEqualTo(YearState.REVIEW);
        assertThat(closing.confirmations(NEXT)).extracting(c -> c.township().value()).containsExactly("621227101");
        logout();
        assertThat(schemes(NEXT)).hasSize(2);
        assertThat(schemes(FIRST)).as("last year's scheme kept as approved").hasSize(2);
    }

    /** What the county sees of the three years: states, versions, confirmations and objections. */
    private String snapshot() {
        login("county.governance", HomeView.class);
        StringBuilder seen = new StringBuilder();
        for (int year = FIRST - 1; year <= NEXT; year++) {
            seen.append(year).append(' ').append(scorecards.state(year)).append(' ')
                    .append(closing.confirmations(year).stream().map(c -> c.township() + "@" + c.confirmedAt())
                            .toList())
                    .append(' ').append(closing.objections(year).stream().map(o -> o.id() + ":" + o.decision())
                            .toList())
                    .append('\n');
        }
        logout();
        return seen.append(schemes(FIRST - 1)).append(schemes(FIRST)).toString();
    }

    private List<Integer> schemes(int year) {
        login("county.admin", HomeView.class);
        List<Integer> versions = schemes.versions(year).stream().map(Schemes.Version::version).toList();
        logout();
        return versions;
    }

    private void figure(String indicator, String month, long value) {
        asOwner().sql("""
                        insert into platform.rollup (tenant_code, unit_code, indicator, period, value)
                        values (?, '', ?, ?, ?)
                        on conflict (tenant_code, unit_code, indicator, period) do update set value = excluded.value""")
                .params(CHENGGUAN, indicator, month, value).update();
    }
}
