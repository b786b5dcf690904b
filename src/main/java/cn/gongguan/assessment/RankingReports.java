package cn.gongguan.assessment;

import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Keeps in the audit trail that the county took the year's results out of the application (the ranking and scorecards
 * exported to Excel, the notice printed), with the year's state, since a draft and an approved notice differ.
 */
@Service
public class RankingReports {

    private final AuditTrail audit;

    RankingReports(AuditTrail audit) {
        this.audit = audit;
    }

    /** Records that the year's results were {@code how} ("exported", "notice printed") in the state shown. */
    public void reported(int year, YearState state, String how) {
        GongguanUser user = AssessmentAccess.county();
        audit.record(user.tenant(), user.getUsername(), AuditAction.ASSESSMENT_REPORTED, Schemes.subject(year),
                how + "; " + state, null);
    }
}
