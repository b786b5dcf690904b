package cn.gongguan.outflow.sixones;

import java.time.LocalDate;

/** A quarter of a year, the period of the reproductive-health service; stored as {@code 2026-Q4}. */
public record Quarter(int year, int number) {

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
