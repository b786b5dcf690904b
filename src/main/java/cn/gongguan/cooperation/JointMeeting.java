package cn.gongguan.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting (联席会议) held under an agreement: day, place, the partners present (codes of the agreement's
 * parties), attendees, decisions and follow-ups.
 */
public record JointMeeting(long id, long agreementId, LocalDate heldOn, String place, List<String> partners,
                           String attendees, String decisions, String followUps, String recordedBy,
                           Instant recordedAt, long version) {
}
