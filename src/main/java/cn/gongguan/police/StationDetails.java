package cn.gongguan.police;

/**
 * What the township says of a police station covering it; {@code reporting} false marks a station that no longer
 * reports (closed, or its area given to another): it owes no report from that month on.
 */
public record StationDetails(String name, String code, String phone, String contact, boolean reporting) {
}
