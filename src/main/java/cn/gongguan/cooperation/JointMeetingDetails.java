package cn.gongguan.cooperation;

import java.time.LocalDate;
import java.util.List;

/** What a user enters for a joint meeting. */
public record JointMeetingDetails(LocalDate heldOn, String place, List<String> partners, String attendees,
                                  String decisions, String followUps) {
}
