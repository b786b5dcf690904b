package cn.gongguan.certificate;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办证环节把关: another department (police, market regulation, health, construction, labour) asks, before it issues a
 * permit, whether the holder of an ID number has a valid marriage-and-childbearing certificate — on the verifier's page
 * or through the API. DESIGN.md path 6: the answer comes from the database function
 * {@code platform.certificate_answer}, which the county's role may call about its own tenants only, and the department
 * learns the state and the expiry day, nothing else. Every query is audited; a "none" or "expired" answer asks the
 * unit where the person lives to follow the certificate up, through the exchange.
 */
@Service
public class CertificateVerification {

    private final JdbcClient jdbc;
    private final PersonIndex index;
    private final Exchange exchange;
    private final AuditTrail audit;
    private final Today today;
    private final I18NProvider translations;

    CertificateVerification(JdbcClient jdbc, PersonIndex index, Exchange exchange, AuditTrail audit, Today today,
                            I18NProvider translations) {
        this.jdbc = jdbc;
        this.index = index;
        this.exchange = exchange;
        this.audit = audit;
        this.today = today;
        this.translations = translations;
    }

    /**
     * The certificate state of the ID number's holder in the bound county; an ID number failing GB 11643 is refused at
     * the field {@code idNumber} (and is not an answer: nothing is audited or followed up). On the page only a
     * department verifier asks.
     */
    @Transactional
    public CertificateAnswer verify(String idNumber, Inquirer who) {
        if (TenantContext.current().kind() != TenantKind.COUNTY) {
            throw new IllegalStateException("A certificate is verified in a county, not in " + TenantContext.current());
        }
        if (who.channel() == Inquirer.Channel.PAGE) {
            // the page is a verifier's; the API's token stands for its department, with no user behind it
            CurrentUser.inRole(EnumSet.of(Role.VERIFIER), "verify certificates");
        }
        LocalDate day = today.date();
        IdNumber number = IdNumber.parse(idNumber, day);
        Found found = jdbc.sql("select valid_until, lives_in, person_name from platform.certificate_answer(?)")
                .param(index.hashOf(number))
                .query((rs, row) -> new Found(rs.getObject("valid_until", LocalDate.class), rs.getString("lives_in"),
                        rs.getString("person_name")))
                .single();
        CertificateAnswer answer = CertificateAnswer.of(found.validUntil(), day);
        audit.record(TenantContext.current(), who.actor(), AuditAction.CERTIFICATE_VERIFIED, "id:" + number.masked(),
                who.department().name() + " " + who.channel().name() + " " + answer.state().name()
                        + (answer.validUntil() == null ? "" : " " + answer.validUntil()), null);
        if (answer.wantsFollowUp() && found.livesIn() != null) {
            exchange.askToFollowUpCertificate(found.livesIn(), found.personName(), number, note(who, answer),
                    who.actor());
        }
        return answer;
    }

    /** What the unit is asked, in the county's working language: which department found which state. */
    private String note(Inquirer who, CertificateAnswer answer) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String department = translations.getTranslation(who.department().labelKey(), chinese);
        return answer.state() == CertificateState.EXPIRED
                ? translations.getTranslation("certificate.followUp.expired", chinese, department,
                answer.validUntil().toString())
                : translations.getTranslation("certificate.followUp.none", chinese, department);
    }

    private record Found(LocalDate validUntil, String livesIn, String personName) {
    }
}
