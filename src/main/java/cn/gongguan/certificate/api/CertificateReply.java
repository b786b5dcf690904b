package cn.gongguan.certificate.api;

import cn.gongguan.certificate.CertificateAnswer;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The API's whole answer about an ID number: {@code {"state":"VALID","validUntil":"2027-05-01"}}. Both keys are always
 * there, so that a department's system reads one fixed shape: {@code validUntil} is {@code null} for {@code NONE}.
 */
@Schema(name = "CertificateState", description = "The certificate's state and expiry day; nothing else about the person")
record CertificateReply(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"VALID", "EXPIRED", "NONE"},
                description = "VALID: a certificate valid today; EXPIRED: the latest one known has expired; "
                        + "NONE: no certificate known, or no person known under the number")
        String state,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", nullable = true,
                example = "2027-05-01", description = "The last day of validity (yyyy-MM-dd); null for NONE")
        String validUntil) {

    static CertificateReply of(CertificateAnswer answer) {
        return new CertificateReply(answer.state().name(),
                answer.validUntil() == null ? null : answer.validUntil().toString());
    }
}
