package cn.gongguan.outflow;

import java.time.YearMonth;

/**
 * A trip opened, corrected or closed, published inside the transaction that changed it: the figures that count trips
 * (the outflow figures, the six ones') recount the months from {@code since} on before it commits.
 */
public record TripChanged(YearMonth since) {
}
