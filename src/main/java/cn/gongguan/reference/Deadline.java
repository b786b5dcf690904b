package cn.gongguan.reference;

import java.time.LocalDate;

/**
 * A due date counted in working days.
 *
 * @param provisional the count crossed a year whose holiday notice is not yet entered, so it assumed Monday to
 *                    Friday there; the date may move once the notice is published
 */
public record Deadline(LocalDate due, boolean provisional) {
}
