package cn.gongguan.governance;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.CountedMonths;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's joint-operation tasks behind {@link OperationFigures#TASKS_OPEN}, by the same condition: received and
 * not submitted on the day counted. The reference is the operation's title and the month; the detail its period and
 * the task's state.
 */
@Component
class OpenTaskRecords implements FigureRecords {

    private final JdbcClient jdbc;
    private final Today today;

    OpenTaskRecords(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    @Override
    public String indicator() {
        return OperationFigures.TASKS_OPEN;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountedItem> items(YearMonth from, YearMonth to) {
        String township = TenantContext.current().value();
        return CountedMonths.items(from, to, today.date(), counted -> {
            YearMonth month = counted.month();
            return jdbc.sql("select o.title, o.starts_on, o.ends_on, k.state " + OperationFigures.OPEN_TASKS
                            + " order by o.starts_on, o.id")
                    .params(township, counted.asOf(), counted.asOf(), month.atDay(1))
                    .query((rs, row) -> new CountedItem(month, UnitCounts.TOTAL, rs.getString(1) + " " + month,
                            rs.getDate(2) + "–" + rs.getDate(3) + " · " + rs.getString(4)))
                    .list();
        });
    }
}
