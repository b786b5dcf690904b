package cn.gongguan.outflow;

import cn.gongguan.platform.TextLimit;

/** The text limits of the monthly re-check's records. */
public final class RecheckLimits {

    static final int NOTE_LENGTH = 200;
    /** An org unit's code: a village's 12 digits, or a group's 15 (the village's and three more). */
    static final int UNIT_CODE_LENGTH = 15;
    /** The longest name of a result or a finding's kind, as stored. */
    static final int KIND_LENGTH = 24;

    private static final TextLimit.Table ENTRY = TextLimit.of("recheck_entry");
    public static final TextLimit NOTE = ENTRY.optional("note", NOTE_LENGTH);
    static final TextLimit RESULT = ENTRY.recorded("result", KIND_LENGTH);
    static final TextLimit MARKED_BY = ENTRY.recorded("markedBy", TextLimit.ACTOR);
    static final TextLimit LIST_UNIT = TextLimit.of("recheck_list").recorded("orgUnitCode", UNIT_CODE_LENGTH);
    private static final TextLimit.Table FINDING = TextLimit.of("recheck_finding");
    static final TextLimit FINDING_KIND = FINDING.recorded("kind", KIND_LENGTH);
    static final TextLimit OPENED_BY = FINDING.recorded("openedBy", TextLimit.ACTOR);
    static final TextLimit CLOSED_BY = FINDING.recorded("closedBy", TextLimit.ACTOR);
    static final TextLimit SETTING_UPDATED_BY = TextLimit.of("recheck_setting").recorded("updatedBy", TextLimit.ACTOR);

    private RecheckLimits() {
    }
}
