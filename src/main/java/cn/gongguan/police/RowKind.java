package cn.gongguan.police;

import cn.gongguan.platform.Labelled;

/** What a row of a police station's report says happened. */
public enum RowKind implements Labelled {
    /** A residence permit (居住证) issued: the person lives here, household registered elsewhere. */
    PERMIT_ISSUED,
    /** Moved in (迁入): came to live here, or came back. */
    MOVED_IN,
    /** Moved out (迁出): left to live elsewhere. */
    MOVED_OUT;

    /** Whether the row has the person living here from its day. */
    public boolean arrives() {
        return this != MOVED_OUT;
    }

    @Override
    public String labelKey() {
        return "police.kind." + name();
    }
}
