package cn.gongguan.platform.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a {@link FigureRecords} lists, each with the day it stands as of — as {@link FigureRecount} counts them:
 * a closed month as of its last day, the current one as of today, a month to come not at all — so that the items of a
 * month are those of its figure.
 */
public final class CountedMonths {

    /** A month and the day its figures are counted as of. */
    public record CountedMonth(YearMonth month, LocalDate asOf) {
    }

    private CountedMonths() {
    }

    /** The months from {@code from} to {@code to}, oldest first, with the day each is counted as of on {@code today}. */
    public static List<CountedMonth> of(YearMonth from, YearMonth to, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        List<CountedMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to) && !month.isAfter(current); month = month.plusMonths(1)) {
            months.add(new CountedMonth(month, month.equals(current) ? today : month.atEndOfMonth()));
        }
        return months;
    }
}
