package cn.gongguan.cooperation;

import java.time.LocalDate;

/**
 * An information bulletin (信息通报) under an agreement, sent to a partner or received from one.
 *
 * @param messageId the exchange's message that carried a sent bulletin (to a tenant's inbox, or to the national
 *                  platform's outbox when the partner is outside this system); null for a received one
 * @param file      an attachment, or null
 */
public record Bulletin(long id, long agreementId, BulletinDirection direction, String partner, LocalDate sentOn,
                       String title, String text, Agreement.FileInfo file, Long messageId, String recordedBy) {
}
