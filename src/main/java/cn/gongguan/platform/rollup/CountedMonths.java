package cn.gongguan.platform.rollup;

import cn.gongguan.platform.rollup.FigureRecords.CountedItem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

    /**
     * The items of the months from {@code from} to {@code to} as counted on {@code today}, oldest month first, each
     * month's as {@code ofMonth} lists them.
     */
    public static List<CountedItem> items(YearMonth from, YearMonth to, LocalDate today,
                                          Function<CountedMonth, List<CountedItem>> ofMonth) {
        YearMonth current = YearMonth.from(today);
        List<CountedItem> items = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to) && !month.isAfter(current); month = month.plusMonths(1)) {
            items.addAll(ofMonth.apply(new CountedMonth(month, month.equals(current) ? today : month.atEndOfMonth())));
        }
        return items;
    }
}
