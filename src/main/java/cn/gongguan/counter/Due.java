package cn.gongguan.counter;

import cn.gongguan.exchange.Message;
import java.time.LocalDate;

/**
 * One thing due for a person at the counter.
 *
 * @param day     when it is (or was) due, if it has a day
 * @param overdue past its day (or, for the quarterly service, missed last quarter too)
 * @param message for {@link DueKind#MESSAGE}, the message waiting; else null
 */
public record Due(DueKind kind, LocalDate day, boolean overdue, Message message) {

    static Due of(DueKind kind) {
        return new Due(kind, null, false, null);
    }
}
