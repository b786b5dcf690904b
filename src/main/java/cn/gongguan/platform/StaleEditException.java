package cn.gongguan.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because someone else saved the same record after it was opened: nothing is overwritten, and the
 * user learns who saved it and when, so the form can offer to reload the record. The one stale-edit refusal of every
 * editable record (see {@link StaleEdits}); {@code savedBy} and {@code savedAt} may be null when the other write is
 * not known (a new record whose key was taken meanwhile, or another record of the same save).
 *
 * <p>The message's arguments are the name and the time already formatted in the county's time zone
 * ({@code yyyy-MM-dd HH:mm}): a message format would otherwise print the instant as UTC text. A form that shows the
 * time its own way uses {@link #savedAt()}.
 */
public class StaleEditException extends InvalidInputException {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String savedBy;
    private final transient Instant savedAt;

    public StaleEditException(String savedBy, Instant savedAt) {
        super(null, savedBy == null ? "save.meanwhile" : "save.meanwhile.by", arguments(savedBy, savedAt));
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    private static Object[] arguments(String savedBy, Instant savedAt) {
        if (savedBy == null) {
            return new Object[0];
        }
        return new Object[] {savedBy, savedAt == null ? "" : SHOWN.format(savedAt.atZone(CountyTime.ZONE))};
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
