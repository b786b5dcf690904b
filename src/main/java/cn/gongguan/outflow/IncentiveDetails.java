package cn.gongguan.outflow;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An incentive as entered: what was given, on which day, for how much (reimbursements only), with a note. */
public record IncentiveDetails(IncentiveKind kind, LocalDate day, BigDecimal amount, String note) {
}
