package cn.gongguan.assessment.ui;

import static cn.gongguan.assessment.AssessmentFixtures.clearFigures;
import static cn.gongguan.assessment.AssessmentFixtures.clearYears;
import static cn.gongguan.assessment.AssessmentFixtures.figure;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Scorecard.Line;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.TestLogins;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The township's scorecard page and the county's view of one township, for a year of their own (2019) whose figures
 * are rollup rows: an unavailable indicator shown as unavailable, the records behind a deduction, the confirmation, an
 * objection refused at the field (required; after the county approved, in both languages) with its text kept and then
 * raised, and the county's page showing references only and refusing township users.
 */
class ScorecardUiTest extends UiTest {

    private static final int YEAR = 2019;
    private static final String CHENGGUAN = "621227100";
    private static final String FANLENG = "621227100201";
    private static final QueryParameters YEAR_PARAMETER = QueryParameters.of("year", String.valueOf(YEAR));

    @Autowired
    Schemes schemes;
    @Autowired
    Closing closing;
    @Autowired
    TestLogins logins;

    @BeforeEach
    void aYearUnderReview() throws Exception {
        clearYears(asOwner(), YEAR, YEAR);
        clearFigures(asOwner(), YEAR, YEAR);
        figure(asOwner(), CHENGGUAN, "", "feedback_on_time", "2019-03", 57);
        figure(asOwner(), CHENGGUAN, "", "feedback_late", "2019-03", 3);
        figure(asOwner(), CHENGGUAN, "", "visits_overdue", "2019-05", 2);
        figure(asOwner(), CHENGGUAN, FANLENG, "visits_overdue", "2019-05", 2);
        login("county.admin", HomeView.class);
        try (InputStream in = getClass().getResourceAsStream("/assessment/example-scheme.yaml")) {
            schemes.importFile(YEAR, null, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        }
        closing.openReview(YEAR);
        logout();
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void theTownshipSeesItsScorecardOpensADeductionAndConfirms() {
        login("chengguan.admin", HomeView.class);
        UI.getCurrent().navigate("assessment/scorecard", YEAR_PARAMETER);
        ScorecardView view = _get(ScorecardView.class);
        assertThat(view.year.getValue()).isEqualTo(YEAR);
        assertThat(_get(Span.class, spec -> spec.withId("scorecard-state")).getText()).isEqualTo("待乡镇确认");
        Grid<Line> lines = _get(ScorecardPanel.class).lines;
        int police = IntStream.range(0, GridKt._size(lines))
                .filter(row -> GridKt._get(lines, row).measure() == Measure.POLICE_REPORTS).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(lines, police, "value")).as("counted since issue 16").isNotEqualTo("暂不可用");
        _assertNone(Div.class, spec -> spec.withId("scorecard-unavailable"));

        _click(_get(Button.class, spec -> spec.withId("deduction-records-feedback_late")));
        DeductionRecordsDialog records = _get(DeductionRecordsDialog.class);
        assertThat(records.total.getText()).contains("计分 3 项");
        records.close();

        _click(view.confirm);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.confirmed.getText()).contains("已确认考核结果");
        assertThat(view.confirm.isVisible()).isFalse();
        _assertNone(Button.class, spec -> spec.withId("deduction-object-feedback_late"));
        assertThat(closing.confirmations(YEAR)).hasSize(1);
    }

    @Test
    void anObjectionIsRefusedAtTheFieldWithItsTextKeptThenRaised() {
        login("chengguan.admin", HomeView.class);
        UI.getCurrent().navigate("assessment/scorecard", YEAR_PARAMETER);
        _click(_get(Button.class, spec -> spec.withId("deduction-object-feedback_late")));
        DeductionObjectionDialog dialog = _get(DeductionObjectionDialog.class);
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("此项为必填项");

        _setValue(dialog.reason, "三月县平台停机两天");
        as("county.governance", () -> closing.approve(YEAR));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("2019 年度考核不在乡镇确认阶段，不能确认、提出或裁定异议");
        assertThat(dialog.reason.getValue()).isEqualTo("三月县平台停机两天");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        _click(dialog.save);
        assertThat(dialog.reason.getErrorMessage()).startsWith("The 2019 assessment is not under the townships' review");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        as("county.admin", () -> closing.reopen(YEAR, "城关镇提出停机情况"));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        Div objections = _get(Div.class, spec -> spec.withId("scorecard-objections"));
        assertThat(objections.getElement().getTextRecursively()).contains("三月县平台停机两天").contains("待县里裁定");
        _assertNone(Button.class, spec -> spec.withId("deduction-object-feedback_late"));
    }

    @Test
    void theCountySeesReferencesOnlyAndTownshipsCannotOpenItsPage() {
        login("county.governance", HomeView.class);
        UI.getCurrent().navigate("assessment/township/" + CHENGGUAN, YEAR_PARAMETER);
        ScorecardOfTownshipView view = _get(ScorecardOfTownshipView.class);
        assertThat(view.title.getText()).contains("城关镇").contains("2019");
        _assertNone(Button.class, spec -> spec.withId("deduction-object-feedback_late"));
        _click(_get(Button.class, spec -> spec.withId("deduction-records-visits_overdue")));
        DeductionRecordsDialog records = _get(DeductionRecordsDialog.class);
        assertThat(records.grid.getColumnByKey("detail")).as("no personal content").isNull();
        assertThat(IntStream.range(0, GridKt._size(records.grid))
                .mapToLong(row -> GridKt._get(records.grid, row).count()).sum()).isEqualTo(2);
        records.close();

        int thisYear = LocalDate.now(CountyTime.ZONE).getYear();
        _setValue(view.year, thisYear);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .as("the address says the year picked").isEqualTo("assessment/township/" + CHENGGUAN + "?year="
                        + thisYear);
        view = _get(ScorecardOfTownshipView.class);
        assertThat(view.year.getValue()).isEqualTo(thisYear);
        assertThat(view.title.getText()).doesNotContain(String.valueOf(YEAR));
        assertThat(view.year.getListDataView().getItems()).as("this year and the five before, newest first")
                .containsExactly(thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4, thisYear - 5);

        UI.getCurrent().navigate("assessment/township/621227999", YEAR_PARAMETER);
        assertThat(_get(Div.class, spec -> spec.withId("scorecard-none")).getText()).isEqualTo("不是本县的乡镇");
        _assertNone(ScorecardPanel.class);
        logout();

        login("chengguan.admin", HomeView.class);
        try {
            UI.getCurrent().navigate("assessment/township/" + CHENGGUAN, YEAR_PARAMETER);
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // refused before the view is made
        }
        _assertNone(ScorecardOfTownshipView.class);
        _assertNone(ScorecardPanel.class);
    }

    /** Runs a service call as another user, as their own session would, and comes back to this one. */
    private void as(String username, Runnable work) {
        Authentication own = SecurityContextHolder.getContext().getAuthentication();
        GongguanUser user = logins.principal(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            TenantContext.runAs(user.tenant(), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(own);
        }
    }
}
