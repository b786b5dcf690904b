package cn.gongguan.exchange;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bound tenant's answers as the addressee of the exchange, counted for the rollup path: the answers given in a
 * month on or before their due day and after it (written with each answer by {@link Exchange}), and, for the
 * dashboards, the feedback still owed past its due day. The exchange's rows are the platform's, not a tenant's:
 * {@code platform.owe_exchange_figures} marks the addressee's months when a message is sent, answered or closed. The
 * figures are the tenant's as a whole: a message is addressed to a unit, not to one of its villages.
 */
@Component
class ExchangeFigures implements FigureSource {

    /** A month's answers: on or before their due day, and after it. */
    record Answers(long onTime, long late) {
    }

    private final JdbcClient jdbc;

    ExchangeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> indicators() {
        return List.of(Exchange.FEEDBACK_ON_TIME, Exchange.FEEDBACK_LATE, Exchange.FEEDBACK_OVERDUE);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        Answers answers = answers(MessageKind.FEEDBACK, month);
        counts.addTotal(Exchange.FEEDBACK_ON_TIME, answers.onTime());
        counts.addTotal(Exchange.FEEDBACK_LATE, answers.late());
        counts.addTotal(Exchange.FEEDBACK_OVERDUE, overdue(MessageKind.FEEDBACK, asOf));
    }

    /** The bound tenant's answers to messages of this kind given in the month (county time), on time and late. */
    Answers answers(MessageKind kind, YearMonth month) {
        return jdbc.sql("""
                        select count(*) filter (where (answered_at at time zone ?)::date <= due_on),
                               count(*) filter (where (answered_at at time zone ?)::date > due_on)
                        from platform.exchange_message
                        where addressee_code = ? and kind = ? and answered_at >= ? and answered_at < ?""")
                .params(CountyTime.ZONE_NAME, CountyTime.ZONE_NAME, TenantContext.current().value(), kind.name(),
                        start(month.atDay(1)), start(month.plusMonths(1).atDay(1)))
                .query((rs, row) -> new Answers(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * The messages of this kind addressed to the bound tenant that were overdue at the end of {@code day}: sent by
     * then, due before it, and neither answered nor closed by then (an escalated one included).
     */
    long overdue(MessageKind kind, LocalDate day) {
        Timestamp end = start(day.plusDays(1));
        return jdbc.sql("""
                        select count(*) from platform.exchange_message
                        where addressee_code = ? and kind = ? and sent_at < ? and due_on < ?
                          and (answered_at is null or answered_at >= ?) and (closed_at is null or closed_at >= ?)""")
                .params(TenantContext.current().value(), kind.name(), end, Date.valueOf(day), end, end)
                .query(Long.class).single();
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(CountyTime.ZONE).toInstant());
    }
}
