package cn.gongguan.governance;

import java.time.LocalDate;

/** What is entered for a meeting of the governance group. */
public record GovernanceMeetingDetails(LocalDate heldOn, String attendees, String decisions) {
}
