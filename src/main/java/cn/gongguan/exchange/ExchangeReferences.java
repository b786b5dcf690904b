package cn.gongguan.exchange;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecords.CountedItem;
import cn.gongguan.platform.rollup.UnitCounts;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's view of its townships' late and overdue messages (issue 15): the references the assessment shows behind
 * a deduction, with no personal content. The messages are out of the county's reach (row-level security to their
 * sender and addressee), so {@code platform.exchange_late_references} reads them for it, and only when the bound
 * tenant is the county directly above the township; anyone else gets nothing.
 */
@Service
public class ExchangeReferences {

    /** The figures whose messages the county may list. */
    private static final Set<String> INDICATORS = Set.of(Exchange.FEEDBACK_LATE, Exchange.VERIFICATION_LATE,
            Exchange.FEEDBACK_OVERDUE);

    private final JdbcClient jdbc;
    private final Today today;

    ExchangeReferences(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /**
     * The township's messages counted in {@code indicator} (one of the exchange's late or overdue figures) in each
     * month from {@code from} to {@code to}, as references for the bound county: the same reference and count per month
     * as the township's own items, the detail null.
     */
    @Transactional(readOnly = true)
    public List<CountedItem> lateFor(TenantCode township, YearMonth from, YearMonth to, String indicator) {
        if (!INDICATORS.contains(indicator)) {
            throw new IllegalArgumentException("No message references for " + indicator);
        }
        return jdbc.sql("select * from platform.exchange_late_references(?, ?, ?, ?, ?)")
                .params(township.value(), indicator, Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()),
                        Date.valueOf(today.date()))
                .query((rs, row) -> {
                    Date answered = rs.getDate("answered_on");
                    return new CountedItem(YearMonth.parse(rs.getString("month")), UnitCounts.TOTAL,
                            ExchangeRecords.reference(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                                    rs.getDate("due_on").toLocalDate(),
                                    answered == null ? null : answered.toLocalDate()),
                            null);
                }).list();
    }
}
