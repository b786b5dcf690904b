package cn.gongguan.platform.history;

import cn.gongguan.platform.TextLimit;

/** The text limits of the kept edits: neither is typed by a user. */
final class HistoryLimits {

    static final int SUBJECT_LENGTH = 64;

    private static final TextLimit.Table RECORD_REVISION = TextLimit.of("record_revision");
    static final TextLimit SUBJECT = RECORD_REVISION.recorded("subject", SUBJECT_LENGTH);
    static final TextLimit REVISED_BY = RECORD_REVISION.recorded("revisedBy", TextLimit.ACTOR);

    private HistoryLimits() {
    }
}
