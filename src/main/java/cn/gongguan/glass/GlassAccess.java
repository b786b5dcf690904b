package cn.gongguan.glass;

import java.time.Instant;

/**
 * One break-the-glass access: who of which county opened which unit's record, why, when and until when. Whether it
 * is still active is the database's judgement at the time it was read (its clock decides, as it does for reading).
 *
 * @param personId the person's id in the unit's registry (not their name nor ID number)
 */
public record GlassAccess(long id, String county, String openedBy, String unit, long personId, GlassReason reason,
                          String reasonText, Instant openedAt, Instant expiresAt, boolean active) {
}
