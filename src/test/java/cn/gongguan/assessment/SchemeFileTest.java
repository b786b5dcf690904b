package cn.gongguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readable scheme file: what is written reads back the same, and every problem is reported with its line. */
class SchemeFileTest {

    @Test
    void theExampleReadsAndWritesBackTheSameScheme() throws IOException {
        SchemeFile.Read example = SchemeFile.read(example());
        assertThat(example.problems()).isEmpty();
        Scheme scheme = example.scheme();
        assertThat(scheme.total()).isEqualByComparingTo("100");
        assertThat(scheme.indicators()).hasSize(15);
        String written = SchemeFile.write(scheme, "徽县 2026", measure -> measure.code().toUpperCase());
        assertThat(written).contains("  - measure: two_way  # TWO_WAY");
        assertThat(SchemeFile.read(written).scheme()).isEqualTo(scheme);
        assertThat(SchemeFile.read(SchemeFile.write(scheme, "无注释", null)).scheme()).isEqualTo(scheme);
    }

    @Test
    void eachProblemIsReportedAtItsLine() {
        String text = """
                year: 2026
                total: 100
                commend_from: 90
                criticise_below: 120
                indicators:
                  - measure: five_step_visit
                    weight: 60
                    target: 95
                  - measure: no_such_thing
                    weight: 30
                    target: 90
                  - measure: recheck
                    weight: abc
                    target: 90
                rules:
                  - kind: deduction
                    item: feedback_late
                    from: feedback_on_time
                    points: 0.5
                    cap: 5
                  - kind: penalty
                    item: recheck_units_late
                    from: recheck
                    points: 1
                    cap: 4
                colour: red
                """;
        SchemeFile.Read read = SchemeFile.read(text);
        assertThat(read.scheme()).isNull();
        assertThat(read.problems()).extracting(FileProblem::line, FileProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "assessment.scheme.threshold.range"),
                org.assertj.core.groups.Tuple.tuple(9, "assessment.file.measure.unknown"),
                org.assertj.core.groups.Tuple.tuple(13, "assessment.file.number"),
                org.assertj.core.groups.Tuple.tuple(18, "assessment.scheme.rule.from.unknown"),
                org.assertj.core.groups.Tuple.tuple(21, "assessment.file.kind.unknown"),
                org.assertj.core.groups.Tuple.tuple(26, "assessment.file.field.unknown"));
    }

    @Test
    void weightsThatDoNotAddUpAreReportedAtTheTotal() {
        SchemeFile.Read read = SchemeFile.read("""
                year: 2026
                total: 100
                commend_from: 90
                criticise_below: 60
                indicators:
                  - measure: five_step_visit
                    weight: 60
                    target: 95
                  - measure: recheck
                    weight: 30
                    target: 90
                """);
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.key()).isEqualTo("assessment.scheme.weights.sum");
            assertThat(List.of(problem.arguments())).containsExactly("90", "100");
        });
    }

    @Test
    void malformedYamlAndTagsAreRefusedWithTheirLine() {
        assertThat(SchemeFile.read("year: 2026\ntotal: [100\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("assessment.file.malformed"));
        SchemeFile.Read tagged = SchemeFile.read("!!java.io.File [\"/etc\"]");
        assertThat(tagged.scheme()).isNull();
        assertThat(tagged.problems()).singleElement().satisfies(problem -> assertThat(problem.key())
                .isIn("assessment.file.malformed", "assessment.file.notScheme"));
        assertThat(SchemeFile.read("- 1\n- 2\n").problems()).extracting(FileProblem::key)
                .containsExactly("assessment.file.notScheme");
        assertThat(SchemeFile.read(" ").problems()).extracting(FileProblem::key)
                .containsExactly("assessment.file.empty");
    }

    static String example() throws IOException {
        try (InputStream in = SchemeFileTest.class.getResourceAsStream("/assessment/example-scheme.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
