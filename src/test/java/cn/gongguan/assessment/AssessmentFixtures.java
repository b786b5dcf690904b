package cn.gongguan.assessment;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the assessment's tests write as the owner: each test class clears the years it owns (the other classes' years
 * stay as they are) and writes the figures it scores as rollup rows, as the features' recount would leave them.
 */
public final class AssessmentFixtures {

    /** The year's tables, those that refer to others first. */
    private static final List<String> YEAR_TABLES = List.of("assessment_result", "assessment_objection",
            "assessment_confirmation", "assessment_year", "assessment_scheme");

    private AssessmentFixtures() {
    }

    /** Deletes the schemes, states, confirmations, objections and frozen results of the years. */
    public static void clearYears(JdbcClient owner, int from, int to) {
        for (String table : YEAR_TABLES) {
            owner.sql("delete from platform." + table + " where year between ? and ?").params(from, to).update();
        }
    }

    /** Deletes every tenant's figures of the years' months. */
    public static void clearFigures(JdbcClient owner, int from, int to) {
        owner.sql("delete from platform.rollup where period between ? and ?").params(from + "-01", to + "-12")
                .update();
    }

    /** Writes a figure of a township's month, for a unit ({@code ""}: the township as a whole). */
    public static void figure(JdbcClient owner, String township, String unit, String indicator, String month,
                              long value) {
        owner.sql("""
                        insert into platform.rollup (tenant_code, unit_code, indicator, period, value)
                        values (?, ?, ?, ?, ?)
                        on conflict (tenant_code, unit_code, indicator, period) do update set value = excluded.value""")
                .params(township, unit, indicator, month, value).update();
    }
}
