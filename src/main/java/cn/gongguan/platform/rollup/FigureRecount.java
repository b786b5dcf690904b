package cn.gongguan.platform.rollup;

import cn.gongguan.platform.ClusterLock;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the figures per unit and month current (issue 13): recounts the tenant-months their tables marked as owed,
 * every month of the last year that was never counted, and a month counted before the day it stands for ended —
 * today's figures once a day (what is overdue changes with the date alone), a closed month once after it closed, so
 * that a past month keeps the figures it closed with unless a back-dated change marks it again.
 */
@Service
public class FigureRecount {

    /** The sentinel figure of a counted tenant-month: the day it was counted as of, as yyyymmdd. */
    public static final String COUNTED = "figures_counted";
    /** How many months the dashboards look back, the current one excluded. */
    public static final int MONTHS_KEPT = 12;
    private static final long LOCK_KEY = 0x67676e5f666967L;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(FigureRecount.class);

    /** One tenant-month to count. */
    record Due(TenantCode tenant, YearMonth month) {
    }

    private final FigureWriter writer;
    private final JdbcClient jdbc;
    private final ClusterLock lock;
    private final Today today;

    FigureRecount(FigureWriter writer, JdbcClient jdbc, ClusterLock lock, Today today) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.lock = lock;
        this.today = today;
    }

    /** Counts the tenant's figures of the month now (a month to come is not counted). */
    public void recount(TenantCode tenant, YearMonth month) {
        LocalDate now = today.date();
        if (month.isAfter(YearMonth.from(now))) {
            return;
        }
        LocalDate asOf = month.equals(YearMonth.from(now)) ? now : month.atEndOfMonth();
        TenantContext.runAs(tenant, () -> writer.write(month, asOf));
    }

    /** Counts every tenant-month due now, in batches, unless another replica is at it; returns how many it counted. */
    public int recountDue() {
        return lock.tryRun(LOCK_KEY, () -> {
            int counted = 0;
            boolean failed = false;
            List<Due> batch;
            do {
                batch = due(BATCH);
                for (Due due : batch) {
                    try {
                        recount(due.tenant(), due.month());
                        counted++;
                    } catch (RuntimeException e) {
                        // the others go on; this one stays due, and the next run tries it again
                        log.error("Figures of {} for {} could not be counted", due.tenant(), due.month(), e);
                        failed = true;
                    }
                }
            } while (batch.size() == BATCH && !failed);
            return counted;
        }).orElse(0);
    }

    @Scheduled(initialDelayString = "${gongguan.figures.recount-delay:PT20S}",
            fixedDelayString = "${gongguan.figures.recount-interval:PT30S}")
    void scheduled() {
        int counted = recountDue();
        if (counted > 0) {
            log.info("Figures counted for {} tenant-months", counted);
        }
    }

    /**
     * The tenant-months due: owed marks first (oldest first), then months of the last year whose sentinel is missing or
     * stands for a day before the one it should (today for the current month, the last day for a closed month).
     */
    List<Due> due(int limit) {
        YearMonth current = today.month();
        YearMonth first = current.minusMonths(MONTHS_KEPT);
        String[] periods = new String[MONTHS_KEPT + 1];
        long[] asOf = new long[MONTHS_KEPT + 1];
        for (int i = 0; i <= MONTHS_KEPT; i++) {
            YearMonth month = first.plusMonths(i);
            periods[i] = month.toString();
            asOf[i] = day(month.equals(current) ? today.date() : month.atEndOfMonth());
        }
        return jdbc.sql("""
                        select tenant_code, period from (
                            select tenant_code, period, 0 as rank, min(owed_at) as since
                            from platform.figure_owed where period <= ? group by tenant_code, period
                            union all
                            select t.code, p.period, 1, null
                            from platform.tenant t cross join unnest(?::varchar[], ?::bigint[]) as p(period, as_of)
                            left join platform.rollup r on r.tenant_code = t.code and r.period = p.period
                                 and r.indicator = ? and r.unit_code = ''
                            where t.kind <> 'COUNTY' and t.status = 'READY' and coalesce(r.value, 0) < p.as_of
                              and not exists (select 1 from platform.figure_owed o
                                              where o.tenant_code = t.code and o.period = p.period)
                        ) due order by rank, since, period desc, tenant_code limit ?""")
                .params(current.toString(), periods, asOf, COUNTED, limit)
                .query((rs, row) -> new Due(TenantCode.of(rs.getString(1)), YearMonth.parse(rs.getString(2))))
                .list();
    }

    static long day(LocalDate date) {
        return Long.parseLong(date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }
}
