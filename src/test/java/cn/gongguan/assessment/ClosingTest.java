package cn.gongguan.assessment;

import static cn.gongguan.assessment.AssessmentFixtures.clearFigures;
import static cn.gongguan.assessment.AssessmentFixtures.clearYears;
import static cn.gongguan.assessment.AssessmentFixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.ui.HomeView;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year's closing through the services: review, a confirmation, an objection decided, approval freezing the
 * scorecards against later changes of the figures, reopening with a reason; anything out of turn refused at the field.
 */
class ClosingTest extends UiTest {

    private static final int YEAR = 2024;
    private static final String CHENGGUAN = "621227100";

    @Autowired
    Schemes schemes;
    @Autowired
    Closing closing;
    @Autowired
    Scorecards scorecards;

    @BeforeEach
    void aFreshYear() throws Exception {
        clearYears(asOwner(), YEAR, YEAR);
        clearFigures(asOwner(), YEAR, YEAR);
        figure(asOwner(), CHENGGUAN, "", "feedback_on_time", "2024-03", 57);
        figure(asOwner(), CHENGGUAN, "", "feedback_late", "2024-03", 3);
        login("county.admin", HomeView.class);
        schemes.importFile(YEAR, null, SchemeFileTest.example(), null);
        logout();
    }

    @Test
    void objectDecideApproveFreezeAndReopen() {
        login("chengguan.admin", HomeView.class);
        BigDecimal live = scorecards.own(YEAR).orElseThrow().card().score();
        assertThat(scorecards.own(YEAR).orElseThrow().card().deduction(Measure.FEEDBACK_LATE).orElseThrow().net())
                .isEqualByComparingTo("1.50");
        refused(() -> closing.object(YEAR, Measure.FEEDBACK_LATE, "三条均因系统故障"), Closing.REASON,
                "assessment.closing.notUnderReview");
        logout();

        login("county.governance", HomeView.class);
        closing.openReview(YEAR);
        logout();

        login("chengguan.admin", HomeView.class);
        refused(() -> closing.object(YEAR, Measure.RECHECK_UNITS_LATE, "无"), Closing.ITEM,
                "assessment.objection.nothingDeducted");
        Closing.Objection objection = closing.object(YEAR, Measure.FEEDBACK_LATE, "其中两条因县平台停机顺延");
        assertThat(objection.deducted()).isEqualByComparingTo("1.50");
        refused(() -> closing.object(YEAR, Measure.FEEDBACK_LATE, "再提一次"), Closing.ITEM,
                "assessment.objection.open");
        logout();

        login("fujia.admin", HomeView.class);
        assertThat(closing.objections(YEAR)).as("another township's objection").isEmpty();
        closing.confirm(YEAR);
        refused(() -> closing.confirm(YEAR), Closing.YEAR, "assessment.closing.confirmed");
        logout();

        login("county.governance", HomeView.class);
        refused(() -> closing.approve(YEAR), Closing.YEAR, "assessment.closing.objectionsOpen");
        refused(() -> closing.decide(objection.id(), Closing.Decision.UPHELD, new BigDecimal("2"), "停机属实"),
                Closing.RESTORED, "assessment.objection.restored.range");
        Closing.Objection decided = closing.decide(objection.id(), Closing.Decision.UPHELD, BigDecimal.ONE,
                "县平台停机两天属实");
        assertThat(decided.decidedBy()).isEqualTo("county.governance");
        closing.approve(YEAR);
        assertThat(scorecards.ranking(YEAR).state()).isEqualTo(YearState.LOCKED);
        logout();

        login("chengguan.admin", HomeView.class);
        Scorecards.Ranked approved = scorecards.own(YEAR).orElseThrow();
        assertThat(approved.card().deduction(Measure.FEEDBACK_LATE).orElseThrow().net()).as("one point given back")
                .isEqualByComparingTo("0.50");
        assertThat(approved.card().score()).isGreaterThan(live);
        assertThat(approved.rank()).isNotNull();
        refused(() -> closing.object(YEAR, Measure.FEEDBACK_LATE, "锁定后"), Closing.REASON,
                "assessment.closing.notUnderReview");
        logout();

        figure(asOwner(), CHENGGUAN, "", "feedback_late", "2024-04", 5);
        login("chengguan.admin", HomeView.class);
        assertThat(scorecards.own(YEAR).orElseThrow().card().score()).as("frozen as approved")
                .isEqualByComparingTo(approved.card().score());
        logout();

        login("county.admin", HomeView.class);
        refused(() -> closing.reopen(YEAR, " "), Closing.REASON, "validation.required");
        closing.reopen(YEAR, "伏家镇数据补录");
        assertThat(scorecards.ranking(YEAR).state()).isEqualTo(YearState.REVIEW);
        assertThat(closing.confirmations(YEAR)).as("taken back with the frozen scorecards").isEmpty();
        logout();
        login("fujia.admin", HomeView.class);
        assertThat(closing.confirm(YEAR).confirmedBy()).as("confirmed again").isEqualTo("fujia.admin");
        logout();
        login("chengguan.admin", HomeView.class);
        assertThat(scorecards.own(YEAR).orElseThrow().card().deduction(Measure.FEEDBACK_LATE).orElseThrow().net())
                .as("live again: 8 late answers, one point given back").isEqualByComparingTo("3.00");
    }

    private static void refused(Runnable work, String field, String key) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }
}
