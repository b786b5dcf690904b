package cn.gongguan.outflow;

import cn.gongguan.platform.Labelled;
import java.util.Optional;

/** What the monthly re-check found of a person on the list, and the work each finding calls for. */
public enum RecheckResult implements Labelled {
    /** 仍在外，已联系: still away, contact with them at the destination confirmed. */
    STILL_AWAY(null),
    /** 已返回: back home; the trip is closed (返回注销). Final: the trip cannot be reopened from the list. */
    RETURNED(null),
    /** 无婚育证明: away without the marriage-and-childbearing certificate; the township follows it up. */
    CERTIFICATE_MISSING(RecheckFinding.Kind.CERTIFICATE_FOLLOW_UP),
    /** 与流入地失去联系: contact with the destination lost; the destination is asked to verify. */
    CONTACT_LOST(RecheckFinding.Kind.VERIFICATION_REQUEST),
    /** 查无此人: neither at home nor known where; the destination is asked to verify. */
    NOT_FOUND(RecheckFinding.Kind.VERIFICATION_REQUEST);

    private final RecheckFinding.Kind finding;

    RecheckResult(RecheckFinding.Kind finding) {
        this.finding = finding;
    }

    /** The work this result calls for, if any. */
    public Optional<RecheckFinding.Kind> finding() {
        return Optional.ofNullable(finding);
    }

    @Override
    public String labelKey() {
        return "recheck.result." + name();
    }
}
