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
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bound tenant's answers as the addressee of the exchange, counted for the rollup path: the answers given in a
 * month on or before their due day and after it (written with each answer by {@link Exchange}, and by the recount so
 * that every month has them), and, for the dashboards, the feedback still owed past its due day. The exchange's rows
 * are the platform's, not a tenant's: {@code platform.owe_exchange_figures} marks the addressee's months when a message
 * is sent, answered or closed. The figures are the tenant's as a whole: a message is addressed to a unit, not to one of
 * its villages. The late and overdue messages themselves are listed with the very conditions that count them, so that
 * the assessment's items are always as many as the figure ({@link ExchangeRecords}).
 */
@Component
class ExchangeFigures implements FigureSource {

    /** A month's answers: on or before their due day, and after it. */
    record Answers(long onTime, long late) {
    }

    /** Messages of a kind addressed to a tenant (?1, ?2) answered in a range of instants (?3 to ?4, exclusive). */
    static final String ANSWERED_IN = "addressee_code = ? and kind = ? and answered_at >= ? and answered_at < ?";
    /** Of those, the ones answered after their due day (county time, ?1 the zone). */
    static final String LATE = "(answered_at at time zone ?)::date > due_on";
    /**
     * Messages of a kind addressed to a tenant (?1, ?2) overdue at an instant (?3, the end of a day ?4): sent by then,
     * due before that day, neither answered nor closed by then (?5, ?6 the same instant).
     */
    static final String OVERDUE_AT = """
            addressee_code = ? and kind = ? and sent_at < ? and due_on < ?
              and (answered_at is null or answered_at >= ?) and (closed_at is null or closed_at >= ?)""";

    private final JdbcClient jdbc;

    ExchangeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> indicators() {
        return List.of(Exchange.FEEDBACK_ON_TIME, Exchange.FEEDBACK_LATE, Exchange.FEEDBACK_OVERDUE,
                Exchange.VERIFICATION_ON_TIME, Exchange.VERIFICATION_LATE);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        Answers answers = answers(MessageKind.FEEDBACK, month);
        counts.addTotal(Exchange.FEEDBACK_ON_TIME, answers.onTime());
        counts.addTotal(Exchange.FEEDBACK_LATE, answers.late());
        counts.addTotal(Exchange.FEEDBACK_OVERDUE, overdue(MessageKind.FEEDBACK, asOf));
        Answers verifications = answers(MessageKind.VERIFICATION, month);
        counts.addTotal(Exchange.VERIFICATION_ON_TIME, verifications.onTime());
        counts.addTotal(Exchange.VERIFICATION_LATE, verifications.late());
    }

    /** The bound tenant's answers to messages of this kind given in the month (county time), on time and late. */
    Answers answers(MessageKind kind, YearMonth month) {
        return jdbc.sql("select count(*) filter (where not " + LATE + "), count(*) filter (where " + LATE + ")"
                        + " from platform.exchange_message where " + ANSWERED_IN)
                .params(CountyTime.ZONE_NAME, CountyTime.ZONE_NAME, TenantContext.current().value(), kind.name(),
                        start(month.atDay(1)), start(month.plusMonths(1).atDay(1)))
                .query((rs, row) -> new Answers(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The bound tenant's answers to messages of this kind given late in the month: those {@link #answers} counts. */
    <T> List<T> late(MessageKind kind, YearMonth month, RowMapper<T> mapper) {
        return jdbc.sql("select * from platform.exchange_message where " + ANSWERED_IN + " and " + LATE
                        + " order by answered_at, id")
                .params(TenantContext.current().value(), kind.name(), start(month.atDay(1)),
                        start(month.plusMonths(1).atDay(1)), CountyTime.ZONE_NAME)
                .query(mapper).list();
    }

    /**
     * The messages of this kind addressed to the bound tenant that were overdue at the end of {@code day}: sent by
     * then, due before it, and neither answered nor closed by then (an escalated one included).
     */
    long overdue(MessageKind kind, LocalDate day) {
        return jdbc.sql("select count(*) from platform.exchange_message where " + OVERDUE_AT)
                .params(overdueParams(kind, day)).query(Long.class).single();
    }

    /** The messages {@link #overdue} counts, by due day. */
    <T> List<T> overdue(MessageKind kind, LocalDate day, RowMapper<T> mapper) {
        return jdbc.sql("select * from platform.exchange_message where " + OVERDUE_AT + " order by due_on, id")
                .params(overdueParams(kind, day)).query(mapper).list();
    }

    private static List<Object> overdueParams(MessageKind kind, LocalDate day) {
        Timestamp end = start(day.plusDays(1));
        return List.of(TenantContext.current().value(), kind.name(), end, Date.valueOf(day), end, end);
    }

    static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(CountyTime.ZONE).toInstant());
    }
}
