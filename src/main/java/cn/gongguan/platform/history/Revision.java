package cn.gongguan.platform.history;

import java.time.Instant;
import java.util.List;

/**
 * An earlier version of a record as the history shows it: who replaced it and when, and what they changed.
 *
 * @param version the version of the record this edit replaced
 */
public record Revision(long version, String revisedBy, Instant revisedAt, List<Change> changes) {
}
