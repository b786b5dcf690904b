package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment's demo as a newcomer meets it after a start in development mode: every stage of the closing — last
 * year approved and locked, this year under review with 伏家镇's confirmation and 城关镇's undecided objection to the
 * deduction for the feedback it really answered after its due day.
 */
class AssessmentDemoTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    Scorecards scorecards;
    @Autowired
    Closing closing;
    @Autowired
    Today today;

    @Test
    void lastYearIsApprovedAndThisYearUnderReviewWithAConfirmationAndAnObjection() {
        int year = today.date().getYear();
        login("county.governance", HomeView.class);
        Scorecards.Ranking last = scorecards.ranking(year - 1);
        assertThat(last.state()).isEqualTo(YearState.LOCKED);
        assertThat(last.townships()).isNotEmpty().allSatisfy(ranked -> assertThat(ranked.rank()).isNotNull());
        assertThat(closing.confirmations(year - 1)).extracting(Closing.Confirmation::township)
                .contains(CHENGGUAN, FUJIA);

        assertThat(scorecards.state(year)).isEqualTo(YearState.REVIEW);
        assertThat(closing.confirmations(year)).extracting(Closing.Confirmation::township).containsExactly(FUJIA);
        assertThat(closing.objections(year)).singleElement().satisfies(objection -> {
            assertThat(objection.township()).isEqualTo(CHENGGUAN);
            assertThat(objection.item()).isEqualTo(Measure.FEEDBACK_LATE);
            assertThat(objection.reason()).isEqualTo(AssessmentDemo.OBJECTION);
            assertThat(objection.isOpen()).isTrue();
        });
        logout();

        login("chengguan.admin", HomeView.class);
        assertThat(scorecards.own(year).orElseThrow().card().deduction(Measure.FEEDBACK_LATE).orElseThrow().items())
                .as("the late answer behind the deduction").isPositive();
        assertThat(asOwner().sql("""
                        select count(*) from platform.exchange_message
                        where addressee_code = ? and kind = 'FEEDBACK' and person_name = '杨丽娟'
                          and (answered_at at time zone ?)::date > due_on""")
                .params(CHENGGUAN.value(), CountyTime.ZONE_NAME).query(Long.class).single())
                .as("answered after its due day").isEqualTo(1);
    }
}
