package cn.gongguan.counter;

import cn.gongguan.certificate.CertificateAnswer;
import cn.gongguan.exchange.Message;
import java.time.LocalDate;

/**
 * One thing due for a person at the counter.
 *
 * @param day         when it is (or was) due, if it has a day
 * @param overdue     past its day (or, for the quarterly service, missed last quarter too)
 * @param certificate for the certificate to issue or check, the state it is in now (none, or expired when); else null
 * @param message     for {@link DueKind#MESSAGE}, the message waiting; else null
 */
public record Due(DueKind kind, LocalDate day, boolean overdue, CertificateAnswer certificate, Message message) {

    static Due of(DueKind kind, CertificateAnswer certificate) {
        return new Due(kind, null, false, certificate, null);
    }
}
