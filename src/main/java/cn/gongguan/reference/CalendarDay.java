package cn.gongguan.reference;

import java.time.LocalDate;

/**
 * A day on which the official calendar departs from the Monday-to-Friday rule: a public holiday (including the
 * weekend days inside a holiday), or a make-up working day (调休) on a weekend.
 */
public record CalendarDay(LocalDate day, Kind kind, String nameZh, String nameEn) {

    public enum Kind {
        HOLIDAY,
        WORKDAY
    }
}
