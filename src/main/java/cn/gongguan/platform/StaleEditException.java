package cn.gongguan.platform;

import java.time.Instant;

/**
 * A save refused because someone else saved the same record after it was opened: nothing is overwritten, and the
 * user learns who saved it and when, so the form can offer to reload the record. The one stale-edit refusal of every
 * editable record; {@code savedBy} and {@code savedAt} may be null when the other write is not known (a new record
 * whose key was taken meanwhile).
 */
public class StaleEditException extends InvalidInputException {

    private final String savedBy;
    private final transient Instant savedAt;

    public StaleEditException(String savedBy, Instant savedAt) {
        super(null, savedBy == null ? "save.meanwhile" : "save.meanwhile.by", savedBy, savedAt);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
