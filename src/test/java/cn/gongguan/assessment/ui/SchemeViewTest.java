package cn.gongguan.assessment.ui;

import static cn.gongguan.assessment.AssessmentFixtures.clearYears;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county's scheme page as its administrator and governance group work it: a save is a new version, a refused one
 * marks every problem at its field and keeps what was typed, the versions tell what changed, a file is exported and
 * imported again. Years 2010–2013 are this test's own.
 */
class SchemeViewTest extends UiTest {

    private static final int EDITED = 2011;
    private static final int IMPORTED = 2012;
    private static final int STARTED = 2013;
    private static final int LOCKED = 2010;

    @Autowired
    Schemes schemes;

    @BeforeEach
    void freshYears() {
        clearYears(asOwner(), 2010, 2013);
    }

    @Test
    void aSaveIsTheYearsNextVersionAndTheVersionListTellsWhatItChanged() throws IOException {
        SchemeView view = open("county.admin", EDITED, true);
        assertThat(view.facts.getText()).startsWith("当前为第 1 版，county.admin 于");
        assertThat(view.state.getText()).isEqualTo("进行中");
        assertThat(view.editor.weights.getText()).isEqualTo("合计 100 / 100");

        _setValue(weight(view, 0), new BigDecimal("12"));
        assertThat(view.editor.weights.getText()).as("the sum follows the typing").isEqualTo("合计 102 / 100");
        _setValue(weight(view, 1), new BigDecimal("6"));
        assertThat(view.editor.weights.getText()).isEqualTo("合计 100 / 100");
        _setValue(view.editor.note, "一访加权");
        _click(view.editor.save);

        assertThat(schemes.versions(EDITED)).extracting(Schemes.Version::version, Schemes.Version::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "一访加权"),
                        org.assertj.core.groups.Tuple.tuple(1, "示例"));
        assertThat(view.facts.getText()).startsWith("当前为第 2 版").endsWith("一访加权");
        assertThat(view.editor.note.getValue()).as("a new version starts with an empty note").isEmpty();
        assertThat(texts(view.versions.changes)).containsExactly(
                "指标“一访完成率”的分值由 10 改为 12", "指标“五反馈完成率”的分值由 8 改为 6");
    }

    @Test
    void theMeasuresIssue16BroughtAreOfferedAsAvailable() throws IOException {
        SchemeView view = open("county.admin", EDITED, true);

        var measure = view.editor.indicators.rows().getFirst().measure;
        assertThat(measure.getItemLabelGenerator().apply(Measure.ENTERPRISE_STAFF)).isEqualTo("企业员工核查率");
        assertThat(measure.getItemLabelGenerator().apply(Measure.POLICE_REPORTS)).doesNotContain("暂不可用");
        assertThat(measure.getItemLabelGenerator().apply(Measure.FIVE_STEP_VISIT)).isEqualTo("一访完成率");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zh|各指标分值合计 110，与总分 100 不符|扣分所属指标不在本方案中|须在 0 至总分 100 之间，最多两位小数",
        "en|The indicators' weights add up to 110, not to the total 100|The indicator the points come off is not in"
                + " this scheme|Must lie between 0 and the total 100, with two decimals at most"})
    void everyProblemShowsAtItsFieldInTheUsersLanguageAndNothingTypedIsLost(String language, String weights,
                                                                           String from, String threshold)
            throws IOException {
        seed(EDITED);
        if (language.equals("en")) {
            VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
        SchemeView view = open("county.admin", EDITED, false);
        _setValue(weight(view, 0), new BigDecimal("20"));
        SchemeRuleRow rule = view.editor.rules.rows().getFirst();
        _setValue(rule.from, Measure.ENTERPRISE_STAFF);
        _setValue(view.editor.commendFrom, new BigDecimal("120"));
        _setValue(view.editor.note, "三处错误");

        _click(view.editor.save);

        assertThat(view.editor.total.isInvalid()).isTrue();
        assertThat(view.editor.total.getErrorMessage()).isEqualTo(weights);
        assertThat(rule.from.isInvalid()).isTrue();
        assertThat(rule.from.getErrorMessage()).isEqualTo(from);
        assertThat(view.editor.commendFrom.getErrorMessage()).isEqualTo(threshold);
        assertThat(weight(view, 1).isInvalid()).as("only the problems are marked").isFalse();
        assertThat(weight(view, 0).getValue()).isEqualByComparingTo("20");
        assertThat(rule.from.getValue()).isEqualTo(Measure.ENTERPRISE_STAFF);
        assertThat(view.editor.commendFrom.getValue()).isEqualByComparingTo("120");
        assertThat(view.editor.note.getValue()).isEqualTo("三处错误");
        assertThat(schemes.versions(EDITED)).as("nothing saved").hasSize(1);
    }

    @Test
    void aRowRemovedBeforeTheSaveShiftsWhereTheProblemsShow() throws IOException {
        SchemeView view = open("county.admin", EDITED, true);
        _click(view.editor.indicators.remove(0));
        assertThat(view.editor.weights.getText()).isEqualTo("合计 90 / 100");
        _click(view.editor.indicators.add);
        SchemeIndicatorRow added = view.editor.indicators.rows().getLast();
        _setValue(added.measure, Measure.FIVE_STEP_VISIT);
        _setValue(added.weight, new BigDecimal("10"));

        _click(view.editor.save);

        assertThat(added.target.getErrorMessage()).as("the new last row's target").isEqualTo("此项为必填项");
        assertThat(view.editor.total.isInvalid()).isFalse();
    }

    @Test
    void aVersionSavedMeanwhileIsNamedAndLoadedOnRequest() throws IOException {
        SchemeView view = open("county.admin", EDITED, true);
        Scheme first = schemes.current(EDITED).orElseThrow().scheme();
        schemes.save(EDITED, 1, new Scheme(EDITED, first.total(), first.indicators(), List.of(),
                first.commendFrom(), first.criticiseBelow()), "去掉规则");
        _setValue(view.editor.note, "我的修改");
        _setValue(view.editor.criticiseBelow, new BigDecimal("60"));

        _click(view.editor.save);

        assertThat(view.editor.notice.isVisible()).isTrue();
        assertThat(((HasText) view.editor.notice.getChildren().findFirst().orElseThrow()).getText())
                .as("who saved meanwhile").contains("county.admin");
        assertThat(view.editor.criticiseBelow.getValue()).as("kept until reloaded").isEqualByComparingTo("60");
        _click(_get(view.editor.notice, com.vaadin.flow.component.button.Button.class));
        assertThat(view.editor.rules.rows()).as("the other's version").isEmpty();
        assertThat(view.facts.getText()).startsWith("当前为第 2 版");
    }

    @Nested
    class WhoMayDoWhat {

        @Test
        void theGovernanceGroupReadsTheSchemeWithoutAnyWayToChangeIt() throws IOException {
            SchemeView view = open("county.governance", EDITED, true);

            assertThat(view.editor.isVisible()).isTrue();
            assertThat(view.editor.total.isReadOnly()).isTrue();
            assertThat(view.editor.rules.rows().getFirst().from.isReadOnly()).isTrue();
            _assertNone(view, com.vaadin.flow.component.upload.Upload.class);
            assertThat(view.editor.save.isVisible()).isFalse();
            assertThat(view.editor.indicators.add.isVisible()).isFalse();
            assertThat(view.editor.indicators.remove(0).isVisible()).isFalse();
            assertThat(view.importer.isVisible()).isFalse();
            assertThat(view.versions.export.isVisible()).as("the file may be read").isTrue();
        }

        @Test
        void anEmptyYearOffersNoStartToTheGovernanceGroup() throws IOException {
            seed(IMPORTED);
            SchemeView view = open("county.governance", STARTED, false);

            assertThat(view.empty.isVisible()).isTrue();
            assertThat(view.fromLastYear.isVisible()).isFalse();
            assertThat(view.editor.isVisible()).isFalse();
        }

        @Test
        void aTownshipOrAResidentsCommitteeCannotOpenThePage() {
            for (String user : List.of("chengguan.admin", "beijie.clerk")) {
                login(user, HomeView.class);
                Throwable refused = catchThrowable(() -> UI.getCurrent().navigate(SchemeView.class));
                assertThat(refused).as(user).isNotNull();
                _assertNone(SchemeView.class);
                logout();
            }
        }

        @Test
        void aLockedYearsSchemeIsShownReadOnlyWithTheReason() throws IOException {
            seed(LOCKED);
            asOwner().sql("insert into platform.assessment_year (county_code, year, state, scheme_version, changed_by)"
                    + " values ('621227', ?, 'LOCKED', 1, 'test')").param(LOCKED).update();
            SchemeView view = open("county.admin", LOCKED, false);

            assertThat(view.state.getText()).isEqualTo("已审定锁定");
            assertThat(view.locked.isVisible()).isTrue();
            assertThat(view.locked.getText()).startsWith("2010 年度考核已审定锁定");
            assertThat(view.editor.save.isVisible()).isFalse();
            assertThat(view.importer.isVisible()).isFalse();
        }
    }

    @Nested
    class Files {

        @Test
        void anEmptyYearStartsFromLastYearsScheme() throws IOException {
            seed(IMPORTED);
            SchemeView view = open("county.admin", STARTED, false);
            assertThat(view.emptyText.getText()).isEqualTo("2013 年度还没有考核方案。");
            assertThat(view.editor.save.isVisible()).as("or from scratch").isTrue();

            _click(view.fromLastYear);

            Schemes.Version started = schemes.current(STARTED).orElseThrow();
            assertThat(started.version()).isEqualTo(1);
            assertThat(started.note()).isEqualTo("沿用 2012 年度方案第 1 版");
            assertThat(started.scheme().indicators()).isEqualTo(schemes.current(IMPORTED).orElseThrow().scheme()
                    .indicators());
            assertThat(view.empty.isVisible()).isFalse();
        }

        @Test
        void anExportedVersionImportsBackEqual() throws IOException {
            SchemeView view = open("county.admin", EDITED, true);
            Schemes.Version exported = schemes.current(EDITED).orElseThrow();
            assertThat(view.fileName(exported)).isEqualTo("考核方案-徽县-2011-v1.yaml");
            String file = view.file(exported);
            assertThat(file).contains("# 徽县 2011 年度考核方案 第 1 版").contains("# 一访完成率");

            view = open("county.admin", IMPORTED, false);
            upload(view, file);

            assertThat(view.importer.result.getText()).isEqualTo("已导入，保存为第 1 版");
            Schemes.Version imported = schemes.current(IMPORTED).orElseThrow();
            assertThat(imported.note()).isEqualTo("导入文件 scheme.yaml");
            assertThat(imported.scheme()).isEqualTo(new Scheme(IMPORTED, exported.scheme().total(),
                    exported.scheme().indicators(), exported.scheme().rules(), exported.scheme().commendFrom(),
                    exported.scheme().criticiseBelow()));
            assertThat(view.facts.getText()).startsWith("当前为第 1 版");
        }

        @Test
        void theSameFileImportedTwiceAddsOneVersion() throws IOException {
            SchemeView view = open("county.admin", IMPORTED, false);
            _setValue(view.importer.note, "县委通过的方案");
            upload(view, example());
            upload(view, example());

            assertThat(view.importer.result.getText()).isEqualTo("方案与当前版本相同，无需保存新版本");
            assertThat(schemes.versions(IMPORTED)).extracting(Schemes.Version::note).containsExactly("县委通过的方案");
        }

        @Test
        void aFileWithErrorsListsEachWithItsLineAndSavesNothing() throws IOException {
            List<String> lines = Arrays.asList(example().split("\n", -1));
            int measure = lines.indexOf("  - measure: five_step_feedback     # 五反馈完成率");
            lines.set(measure, "  - measure: xyz");
            lines.set(measure + 1, "    weight: lots");
            SchemeView view = open("county.admin", IMPORTED, false);

            upload(view, String.join("\n", lines));

            assertThat(view.importer.result.getText()).isEqualTo("文件有 2 处错误，未保存：");
            assertThat(texts(view.importer.problems)).containsExactly(
                    "第 " + (measure + 1) + " 行：未知的考核项“xyz”",
                    "第 " + (measure + 2) + " 行：“weight”应为数字，而不是“lots”");
            assertThat(schemes.versions(IMPORTED)).isEmpty();
        }

        @Test
        void aLineNumberIsWrittenWithoutAThousandsSeparator() throws IOException {
            List<String> lines = Arrays.asList(example().split("\n", -1));
            int measure = lines.indexOf("  - measure: five_step_feedback     # 五反馈完成率");
            lines.set(measure, "  - measure: xyz");
            SchemeView view = open("county.admin", IMPORTED, false);

            upload(view, "#\n".repeat(1_233) + String.join("\n", lines));

            assertThat(texts(view.importer.problems))
                    .containsExactly("第 " + (1_233 + measure + 1) + " 行：未知的考核项“xyz”");
            assertThat(schemes.versions(IMPORTED)).isEmpty();
        }

        private void upload(SchemeView view, String text) {
            UploadKt._upload(view.importer.upload, "scheme.yaml", "application/yaml",
                    text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Logs in and opens the year's page, its scheme first saved as the example (v1) when asked. */
    private SchemeView open(String user, int year, boolean seeded) throws IOException {
        if (seeded) {
            seed(year);
        }
        login(user, HomeView.class);
        UI.getCurrent().navigate(SchemeView.class, QueryParameters.of("year", String.valueOf(year)));
        return _get(SchemeView.class);
    }

    private void seed(int year) throws IOException {
        login("county.admin", HomeView.class);
        schemes.importFile(year, null, example(), "示例");
        logout();
    }

    private static BigDecimalField weight(SchemeView view, int row) {
        return view.editor.indicators.rows().get(row).weight;
    }

    private static List<String> texts(com.vaadin.flow.component.Component list) {
        return list.getChildren().filter(ListItem.class::isInstance).map(item -> ((HasText) item).getText()).toList();
    }

    private static String example() throws IOException {
        try (InputStream in = SchemeViewTest.class.getResourceAsStream("/assessment/example-scheme.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
