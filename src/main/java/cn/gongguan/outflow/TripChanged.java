package cn.gongguan.outflow;

import java.time.YearMonth;

/**
 * A trip opened, corrected or closed, published inside the transaction that changed it: the figures that count trips
 * (the outflow figures, the six ones') recount the months from {@code since} on before it commits. The daily
 * re-check run publishes it too ({@link RecheckGeneration}), so that a month starts with its figures.
 */
public record TripChanged(YearMonth since) {
}
