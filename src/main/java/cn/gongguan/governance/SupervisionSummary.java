package cn.gongguan.governance;

import java.time.LocalDate;

/** A county's supervision visits of one township, counted: all, open, open past their rectify-by day; the last. */
public record SupervisionSummary(long visits, long open, long overdue, LocalDate lastVisit) {

    static final SupervisionSummary NONE = new SupervisionSummary(0, 0, 0, null);
}
