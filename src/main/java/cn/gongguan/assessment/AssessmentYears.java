package cn.gongguan.assessment;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code platform.assessment_year}, read in the bound tenant's transaction as its role (row-level security
 * shows a county its own years and a township its county's). A year without a row is {@link YearState#OPEN}.
 */
@Component
class AssessmentYears {

    /** A year's row: its state, the scheme version approved (when locked), who changed it last, when and why. */
    record Year(int year, YearState state, Integer schemeVersion, String changedBy, Instant changedAt, String reason) {
    }

    private final JdbcClient jdbc;

    AssessmentYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The county whose assessment the bound tenant takes part in: itself, or the county above its township. */
    static TenantCode county() {
        TenantCode tenant = TenantContext.current();
        return tenant.kind() == TenantKind.COUNTY ? tenant : tenant.parent().orElseThrow();
    }

    Optional<Year> find(TenantCode county, int year) {
        return jdbc.sql("""
                        select year, state, scheme_version, changed_by, changed_at, reason
                        from platform.assessment_year where county_code = ? and year = ?""")
                .params(county.value(), year)
                .query((rs, row) -> new Year(rs.getInt(1), YearState.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .optional();
    }

    YearState state(TenantCode county, int year) {
        return find(county, year).map(Year::state).orElse(YearState.OPEN);
    }
}
