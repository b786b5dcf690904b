package cn.gongguan.assessment.ui;

import static cn.gongguan.assessment.AssessmentFixtures.clearFigures;
import static cn.gongguan.assessment.AssessmentFixtures.clearYears;
import static cn.gongguan.assessment.AssessmentFixtures.figure;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county's year-end assessment page: the ranking best first with the change against last year, the closing
 * (review, an objection decided in the dialog with refusals at the field in both languages, approval, reopening with a
 * reason), the notice (a draft until approved) and the workbook; only the county's administrator and governance group
 * open it. Years 2014–2017 are this class's own.
 */
class RankingUiTest extends UiTest {

    private static final int LAST_YEAR = 2015;
    private static final int YEAR = 2016;
    private static final String CHENGGUAN = "621227100";
    private static final String FUJIA = "621227101";

    @Autowired
    Schemes schemes;
    @Autowired
    Closing closing;
    @Autowired
    Scorecards scorecards;

    private long auditedBefore;

    @BeforeEach
    void freshYears() throws Exception {
        auditedBefore = asOwner().sql("select coalesce(max(id), 0) from platform.audit_event").query(Long.class)
                .single();
        clearYears(asOwner(), 2014, 2017);
        clearFigures(asOwner(), 2014, 2017);
        // last year 伏家镇 answered feedback late and 城关镇 did not; this year the other way round
        figure(asOwner(), FUJIA, "", "feedback_on_time", "2015-05", 40);
        figure(asOwner(), FUJIA, "", "feedback_late", "2015-05", 4);
        figure(asOwner(), CHENGGUAN, "", "feedback_on_time", "2016-03", 57);
        figure(asOwner(), CHENGGUAN, "", "feedback_late", "2016-03", 3);
        login("county.admin", HomeView.class);
        // thresholds of the test: a full score is commended, a point and a half off is criticised
        String scheme = example().replace("commend_from: 90", "commend_from: 100")
                .replace("criticise_below: 70", "criticise_below: 99.6");
        schemes.importFile(LAST_YEAR, null, scheme, null);
        schemes.importFile(YEAR, null, scheme, null);
        logout();
    }

    @Test
    void theRankingBestFirstWithTheChangeAgainstLastYear() {
        login("county.governance", HomeView.class);
        RankingView page = open(YEAR);
        List<Ranked> rows = rows(page);
        assertThat(rows).extracting(r -> r.township().code().value()).contains(CHENGGUAN, FUJIA)
                .allMatch(code -> code.startsWith("621227"));
        assertThat(rows.getLast().township().code().value()).as("the only one with deductions is last")
                .isEqualTo(CHENGGUAN);
        assertThat(rows).isSortedAccordingTo((a, b) -> b.card().score().compareTo(a.card().score()));
        assertThat(rows.getFirst().rank()).isEqualTo(1);
        assertThat(page.state.getText()).isEqualTo("进行中");
        assertThat(page.scheme.getText()).isEqualTo("考核方案第1版");

        Ranked chengguan = rows.getLast();
        Ranked fujia = row(rows, FUJIA);
        assertThat(RankingTexts.change(page::getTranslation, chengguan)).as("first last year, last now")
                .isEqualTo("↓" + (chengguan.rank() - 1));
        assertThat(RankingTexts.change(page::getTranslation, fujia)).startsWith("↑");
        assertThat(cell(page, chengguan, "change")).isEqualTo("↓" + (chengguan.rank() - 1));
        assertThat(cell(page, chengguan, "score")).isEqualTo(RankingTexts.points(chengguan.card().score()));
        Span badge = (Span) GridKt._getCellComponent(page.grid, rows.indexOf(chengguan), "rating");
        assertThat(badge.getText()).isEqualTo("通报批评");
        assertThat(badge.getElement().getThemeList()).contains("error");
        Anchor link = (Anchor) GridKt._getCellComponent(page.grid, rows.indexOf(chengguan), "township");
        assertThat(link.getText()).isEqualTo("城关镇");
        assertThat(link.getHref()).isEqualTo("assessment/township/" + CHENGGUAN + "?year=" + YEAR);
        assertThat(page.openReview.isVisible()).isTrue();
        assertThat(page.approve.isVisible()).isFalse();
        assertThat(page.reopen.isVisible()).isFalse();

        UI.getCurrent().navigate("assessment/notice/2017");
        _assertNone(NoticePrintView.class);
        _get(RankingView.class);
        UI.getCurrent().navigate("assessment/notice/x");
        _get(RankingView.class);

        RankingView empty = open(2017);
        assertThat(empty.grid.isVisible()).isFalse();
        assertThat(empty.openReview.isVisible()).isFalse();
        assertThat(empty.export.isVisible()).isFalse();
        assertThat(((Anchor) empty.empty.getChildren().filter(Anchor.class::isInstance).findFirst().orElseThrow())
                .getHref()).isEqualTo("assessment/scheme");
    }

    @Test
    void reviewObjectionDecidedApprovedNoticeAndReopen() {
        login("county.admin", HomeView.class);
        RankingView page = open(YEAR);
        _click(page.openReview);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.state.getText()).isEqualTo("待乡镇确认");
        assertThat(page.approve.isVisible()).isTrue();
        logout();

        login("chengguan.admin", HomeView.class);
        Closing.Objection objection = closing.object(YEAR, Measure.FEEDBACK_LATE, "其中两条因县平台停机顺延");
        logout();

        login("county.governance", HomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("assessment-card")).getElement().getTextRecursively())
                .as("the home page says an objection waits").contains("1条乡镇异议待县级决定");
        page = open(YEAR);
        assertThat(cell(page, row(rows(page), CHENGGUAN), "confirmation")).isEqualTo("1条异议待决定");
        _click(page.approve);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.year.isInvalid()).as("refused at the field while objections are open").isTrue();
        assertThat(page.year.getErrorMessage()).isEqualTo("还有未裁定的异议，请先逐条裁定");
        assertThat(page.state.getText()).isEqualTo("待乡镇确认");

        assertThat(page.objections.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(page.objections, 0)).contains("城关镇", "其中两条因县平台停机顺延");
        ObjectionDialog dialog = decide(page);
        assertThat(dialog.restored.getValue()).as("the deduction given back by default")
                .isEqualByComparingTo(objection.deducted());
        _setValue(dialog.decision, Closing.Decision.UPHELD);
        _setValue(dialog.restored, objection.deducted().add(BigDecimal.ONE));
        _setValue(dialog.reason, "县平台停机两天属实");
        _click(dialog.save);
        assertThat(dialog.restored.isInvalid()).isTrue();
        assertThat(dialog.restored.getErrorMessage()).contains("返还分值须大于 0").contains("1.50");
        assertThat(dialog.reason.getValue()).as("nothing typed is lost").isEqualTo("县平台停机两天属实");
        _setValue(dialog.restored, BigDecimal.ONE);
        _setValue(dialog.reason, "");
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.restored.isInvalid()).isFalse();
        dialog.close();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        page = open(YEAR);
        dialog = decide(page);
        _setValue(dialog.decision, Closing.Decision.UPHELD);
        _setValue(dialog.restored, new BigDecimal("9"));
        _setValue(dialog.reason, "Platform down for two days");
        _click(dialog.save);
        assertThat(dialog.restored.getErrorMessage())
                .isEqualTo("The points given back must be above 0 and at most the 1.50 deducted, with two decimals at most");
        _setValue(dialog.restored, BigDecimal.ONE);
        _setValue(dialog.reason, " ");
        _click(dialog.save);
        assertThat(dialog.reason.getErrorMessage()).isEqualTo(page.getTranslation("validation.required"));
        _setValue(dialog.reason, "县平台停机两天属实");
        _click(dialog.save);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        page = open(YEAR);
        assertThat(GridKt._getFormattedRow(page.objections, 0)).as("the decision kept with its reason")
                .anyMatch(text -> text.contains("异议成立") && text.contains("县平台停机两天属实"));
        assertThat(GridKt._getCellComponent(page.objections, 0, "decide").isVisible()).isFalse();

        UI.getCurrent().navigate(NoticePrintView.route(YEAR));
        NoticePrintView draft = _get(NoticePrintView.class);
        assertThat(_get(Div.class, spec -> spec.withId("notice-draft")).getText()).isEqualTo("草稿");
        assertThat(draft.document.getElement().getTextRecursively()).contains("徽县人民政府");

        page = open(YEAR);
        _click(page.approve);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.state.getText()).isEqualTo("已审定锁定");
        assertThat(page.reopen.isVisible()).isTrue();
        assertThat(page.approve.isVisible()).isFalse();

        // approved late on 15 January UTC, already the 16th in the county: the notice is dated the day of approval
        asOwner().sql("update platform.assessment_year set changed_at = ? where county_code = '621227' and year = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.parse("2017-01-15T17:30:00Z")), YEAR).update();
        UI.getCurrent().navigate(NoticePrintView.route(YEAR));
        NoticePrintView notice = _get(NoticePrintView.class);
        _assertNone(Div.class, spec -> spec.withId("notice-draft"));
        String text = notice.document.getElement().getTextRecursively();
        assertThat(text).contains("关于2016年度流动人口计划生育工作考核结果的通报", "徽县人民政府", "城关镇", "伏家镇");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("notice-criticised"))
                .getText()).as("half a point still off after one given back").contains("城关镇");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("notice-commended"))
                .getText()).contains("伏家镇").doesNotContain("城关镇");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("notice-date"))
                .getText()).isEqualTo("2017年1月16日");
        assertThat(auditRows("ASSESSMENT_REPORTED")).as("each print audited").isEqualTo(2);

        page = open(YEAR);
        _click(page.reopen);
        RankingReopenDialog reopen = _get(RankingReopenDialog.class);
        _click(reopen.save);
        assertThat(reopen.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(page.state.getText()).isEqualTo("已审定锁定");
        _setValue(reopen.reason, "伏家镇数据补录");
        _click(reopen.save);
        assertThat(page.state.getText()).isEqualTo("待乡镇确认");
        assertThat(auditRows("ASSESSMENT_REOPENED")).isEqualTo(1);
    }

    @Test
    void theWorkbookHasTheRankingAndEveryTownshipsScorecard() throws Exception {
        login("county.admin", HomeView.class);
        RankingView page = open(YEAR);
        List<Ranked> rows = rows(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RankingWorkbook(page::getTranslation).write(scorecards.ranking(YEAR), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + rows.size());
            Sheet ranking = workbook.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                Row row = ranking.getRow(RankingWorkbook.HEADER_ROW + 1 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo((double) rows.get(i).rank());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(rows.get(i).township().name());
                assertThat(row.getCell(2).getNumericCellValue())
                        .isEqualTo(rows.get(i).card().score().doubleValue());
            }
            Ranked chengguan = row(rows, CHENGGUAN);
            Sheet card = workbook.getSheet("城关镇");
            Row line = find(card, "反馈按时率");
            assertThat(line.getCell(2).getNumericCellValue()).as("done").isEqualTo(57.0);
            assertThat(line.getCell(3).getNumericCellValue()).as("due").isEqualTo(60.0);
            assertThat(line.getCell(5).getNumericCellValue()).as("target").isEqualTo(95.0);
            Row deduction = card.getRow(line.getRowNum() + 1);
            assertThat(deduction.getCell(0).getStringCellValue()).contains("反馈超时答复");
            assertThat(deduction.getCell(8).getNumericCellValue()).as("items").isEqualTo(3.0);
            assertThat(deduction.getCell(9).getNumericCellValue()).as("points").isEqualTo(-1.5);
            Row score = find(card, "得分");
            assertThat(score.getCell(10).getNumericCellValue()).isEqualTo(chengguan.card().score().doubleValue());
        }
    }

    @Test
    void theDashboardShowsTheBestAndTheLastTownships() {
        login("county.governance", HomeView.class);
        Div section = (Div) RankingBoardSection.section(scorecards.ranking(YEAR)).orElseThrow();
        UI.getCurrent().add(section);
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("assessment-board-bottom"))
                .getElement().getTextRecursively()).as("the last township first among the last").startsWith(
                        row(scorecards.ranking(YEAR).townships(), CHENGGUAN).rank() + ". 城关镇");
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("assessment-board-top"))
                .getElement().getTextRecursively()).startsWith("1. ").doesNotContain("城关镇");
        assertThat(_get(Anchor.class, spec -> spec.withId("assessment-board-open")).getHref())
                .isEqualTo("assessment?year=" + YEAR);
        assertThat(RankingBoardSection.section(scorecards.ranking(2017))).as("no scheme, no section").isEmpty();
    }

    @Test
    void onlyTheCountysAssessorsOpenTheRankingAndTheNotice() {
        for (String user : new String[] {"chengguan.admin", "beijie.clerk", "county.police"}) {
            login(user, HomeView.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(RankingView.class)).as(user)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> UI.getCurrent().navigate(NoticePrintView.route(YEAR))).as(user)
                    .hasMessageContaining("denied");
            logout();
        }
    }

    private ObjectionDialog decide(RankingView page) {
        _click((Button) GridKt._getCellComponent(page.objections, 0, "decide"));
        return _get(ObjectionDialog.class);
    }

    private static RankingView open(int year) {
        UI.getCurrent().navigate(RankingView.class, QueryParameters.of("year", String.valueOf(year)));
        return _get(RankingView.class);
    }

    private static List<Ranked> rows(RankingView page) {
        return page.grid.getListDataView().getItems().toList();
    }

    private static Ranked row(List<Ranked> rows, String code) {
        return rows.stream().filter(r -> r.township().code().equals(TenantCode.of(code))).findFirst().orElseThrow();
    }

    private static String cell(RankingView page, Ranked ranked, String key) {
        int index = rows(page).indexOf(ranked);
        List<String> cells = GridKt._getFormattedRow(page.grid, index);
        return cells.get(page.grid.getColumns().indexOf(page.grid.getColumnByKey(key)));
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row " + label);
    }

    private long auditRows(String action) {
        return asOwner().sql("select count(*) from platform.audit_event where id > ? and action = ? and subject = ?")
                .params(auditedBefore, action, "assessment:" + YEAR).query(Long.class).single();
    }

    private static String example() throws Exception {
        try (InputStream in = RankingUiTest.class.getResourceAsStream("/assessment/example-scheme.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
