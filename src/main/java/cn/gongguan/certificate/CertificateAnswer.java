package cn.gongguan.certificate;

import java.time.LocalDate;

/**
 * All another department is told about an ID number: the certificate's state and its expiry day — null for
 * {@link CertificateState#NONE}, and for a certificate checked on an inflow person without an expiry day recorded.
 */
public record CertificateAnswer(CertificateState state, LocalDate validUntil) {

    /** The state on {@code today} of a latest expiry day and whether a checked certificate has none recorded. */
    static CertificateAnswer of(LocalDate latestExpiry, boolean openEnded, LocalDate today) {
        if (latestExpiry != null && !latestExpiry.isBefore(today)) {
            return new CertificateAnswer(CertificateState.VALID, latestExpiry);
        }
        if (openEnded) {
            return new CertificateAnswer(CertificateState.VALID, null);
        }
        return latestExpiry == null ? new CertificateAnswer(CertificateState.NONE, null)
                : new CertificateAnswer(CertificateState.EXPIRED, latestExpiry);
    }

    /** Whether the answer asks for the certificate to be followed up: none, or expired. */
    public boolean wantsFollowUp() {
        return state != CertificateState.VALID;
    }
}
