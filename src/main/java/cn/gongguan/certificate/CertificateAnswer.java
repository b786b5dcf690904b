package cn.gongguan.certificate;

import java.time.LocalDate;

/**
 * All another department is told about an ID number: the certificate's state and its expiry day (null for
 * {@link CertificateState#NONE}).
 */
public record CertificateAnswer(CertificateState state, LocalDate validUntil) {

    /**
     * The state on {@code today} of the latest expiry day known: of the certificates issued, and of the one checked on
     * an inflow person (without its day recorded, the usual three years from the check).
     */
    static CertificateAnswer of(LocalDate latestExpiry, LocalDate today) {
        if (latestExpiry == null) {
            return new CertificateAnswer(CertificateState.NONE, null);
        }
        return new CertificateAnswer(latestExpiry.isBefore(today) ? CertificateState.EXPIRED : CertificateState.VALID,
                latestExpiry);
    }

    /** Whether the answer asks for the certificate to be followed up: none, or expired. */
    public boolean wantsFollowUp() {
        return state != CertificateState.VALID;
    }
}
