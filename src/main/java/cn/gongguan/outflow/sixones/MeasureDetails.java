package cn.gongguan.outflow.sixones;

import java.time.LocalDate;

/** A contraceptive measure as entered, sensitive as a whole: the method, since when, and an optional note. */
public record MeasureDetails(ContraceptiveMethod method, LocalDate since, String note) {
}
