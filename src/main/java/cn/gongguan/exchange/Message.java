package cn.gongguan.exchange;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.IdNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A message between tenants about one person: who sent it to which place, when it must be answered, and the answer.
 *
 * @param addressee the division code of the place it is for: a tenant of this system, or a place reached through
 *                  the national exchange platform
 */
public record Message(long id, MessageKind kind, TenantCode sender, String addressee, String personName,
                      IdNumber idNumber, String body, String sentBy, Instant sentAt, Deadline due,
                      Instant answeredAt, String answeredBy, String answer) {

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Unanswered after its due day. */
    public boolean isOverdue(LocalDate today) {
        return !isAnswered() && due.due().isBefore(today);
    }

    public boolean isFor(TenantCode tenant) {
        return addressee.equals(tenant.value());
    }
}
