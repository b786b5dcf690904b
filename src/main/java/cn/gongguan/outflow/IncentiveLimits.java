package cn.gongguan.outflow;

import cn.gongguan.platform.TextLimit;
import java.math.BigDecimal;

/** The limits of an incentive record, used by its mapping, the service's checks and the form. */
public final class IncentiveLimits {

    static final int NOTE_LENGTH = 200;
    /**
     * The largest reimbursement, in yuan: a check or an operation costs some hundreds; a larger amount is a typing
     * slip (and the column holds at most 99,999,999.99).
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");

    private static final TextLimit.Table INCENTIVE = TextLimit.of("incentive");
    public static final TextLimit NOTE = INCENTIVE.optional("note", NOTE_LENGTH);
    static final TextLimit KIND = INCENTIVE.recorded("kind", TextLimit.ENUM);
    static final TextLimit CREATED_BY = INCENTIVE.recorded("createdBy", TextLimit.ACTOR);

    private IncentiveLimits() {
    }
}
