package cn.gongguan.exchange;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a unit answers the messages that ask it for an answer (feedback and verification requests, follow-up questions
 * included; notices are only read): those it received in the month and those it answered in the month, both in county
 * time and up to the day counted. Over a year, answered ÷ received is the platform-use figure "messages answered" of
 * the assessment (五反馈, 三3). A month's counts do not change once it has closed.
 */
@Component
public class MessageFigures implements FigureSource {

    /** Messages to be answered that the unit received in the month. */
    public static final String RECEIVED = "messages_due";
    /** Messages the unit answered in the month. */
    public static final String ANSWERED = "messages_answered";

    private final JdbcClient jdbc;

    MessageFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> indicators() {
        return List.of(RECEIVED, ANSWERED);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        Timestamp start = start(month.atDay(1));
        Timestamp end = start(asOf.plusDays(1));
        jdbc.sql("""
                        select count(*) filter (where sent_at >= ? and sent_at < ?),
                               count(*) filter (where answered_at >= ? and answered_at < ?)
                        from platform.exchange_message
                        where addressee_code = ? and kind in ('FEEDBACK', 'VERIFICATION')
                          and (sent_at >= ? and sent_at < ? or answered_at >= ? and answered_at < ?)""")
                .params(start, end, start, end, TenantContext.current().value(), start, end, start, end)
                .query(rs -> {
                    counts.addTotal(RECEIVED, rs.getLong(1));
                    counts.addTotal(ANSWERED, rs.getLong(2));
                });
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(CountyTime.ZONE).toInstant());
    }
}
