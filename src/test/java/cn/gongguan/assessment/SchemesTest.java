package cn.gongguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.ui.HomeView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The scheme's versions through the service: each save a new version naming who saved it and why, a stale save and
 * an invalid one refused at their fields, a locked year's scheme unchangeable; the county's administrator keeps it,
 * its governance group and its townships read it.
 */
class SchemesTest extends UiTest {

    private static final int YEAR = 2031;

    @Autowired
    Schemes schemes;

    @Test
    void everySaveIsANewVersionAndAStaleOneIsRefused() throws Exception {
        asOwner().sql("delete from platform.assessment_scheme where year = " + YEAR).update();
        login("county.admin", HomeView.class);
        Schemes.Version first = schemes.importFile(YEAR, null, SchemeFileTest.example(), "从上年方案开始");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.scheme().year()).as("the file's year replaced").isEqualTo(YEAR);
        assertThat(first.savedBy()).isEqualTo("county.admin");

        Scheme heavier = reweigh(first.scheme(), Measure.FIVE_STEP_VISIT, "8", Measure.TWO_WAY, "6");
        Schemes.Version second = schemes.save(YEAR, 1, heavier, "双向考核加权");
        assertThat(second.version()).isEqualTo(2);
        assertThat(schemes.versions(YEAR)).extracting(Schemes.Version::version, Schemes.Version::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "双向考核加权"),
                        org.assertj.core.groups.Tuple.tuple(1, "从上年方案开始"));
        assertThat(schemes.version(YEAR, 1).orElseThrow().scheme()).as("the former version kept as it was")
                .isEqualTo(first.scheme());

        assertThatThrownBy(() -> schemes.save(YEAR, 1, first.scheme(), "基于旧版本"))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> schemes.save(YEAR, 2, heavier, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("assessment.scheme.unchanged");
        Scheme unbalanced = reweigh(heavier, Measure.FIVE_STEP_VISIT, "20", Measure.TWO_WAY, "6");
        assertThatThrownBy(() -> schemes.save(YEAR, 2, unbalanced, null)).isInstanceOfSatisfying(SchemeRefused.class,
                refused -> assertThat(refused.problems()).extracting(SchemeProblem::field, SchemeProblem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("total",
                                "assessment.scheme.weights.sum")));
        assertThatThrownBy(() -> schemes.importFile(YEAR, 2, "year: 2031\ntotal: x\n", null))
                .isInstanceOfSatisfying(SchemeFileRefused.class,
                        refused -> assertThat(refused.problems()).extracting(FileProblem::line).contains(2));
        assertThat(schemes.versions(YEAR)).as("nothing refused was saved").hasSize(2);
        logout();

        login("county.governance", HomeView.class);
        assertThat(schemes.current(YEAR)).get().extracting(Schemes.Version::version).isEqualTo(2);
        assertThatThrownBy(() -> schemes.save(YEAR, 2, first.scheme(), null))
                .isInstanceOf(AccessDeniedException.class);
        logout();

        login("chengguan.staff", HomeView.class);
        assertThat(schemes.current(YEAR)).as("a township reads its county's scheme").get()
                .extracting(Schemes.Version::version).isEqualTo(2);
        logout();

        asOwner().sql("insert into platform.assessment_year (county_code, year, state, scheme_version, changed_by)"
                + " values ('621227', ?, 'LOCKED', 2, 'test')").param(YEAR).update();
        try {
            login("county.admin", HomeView.class);
            assertThatThrownBy(() -> schemes.save(YEAR, 2, first.scheme(), null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("assessment.year.locked.scheme");
        } finally {
            asOwner().sql("delete from platform.assessment_year where year = ?").param(YEAR).update();
        }
    }

    static Scheme reweigh(Scheme scheme, Measure a, String weightA, Measure b, String weightB) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : scheme.indicators()) {
            BigDecimal weight = indicator.measure() == a ? new BigDecimal(weightA)
                    : indicator.measure() == b ? new BigDecimal(weightB) : indicator.weight();
            indicators.add(new Indicator(indicator.measure(), weight, indicator.target()));
        }
        return new Scheme(scheme.year(), scheme.total(), indicators, scheme.rules(), scheme.commendFrom(),
                scheme.criticiseBelow());
    }
}
