package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.History;
import cn.gongguan.registry.Person;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 六个一 ④: the marriage-and-childbearing certificates the township issues to its outflow persons, and their
 * register. A number is unique in the township; number, holder and validity are what a verification (三个环节) asks
 * about, so the register is searched by number or holder.
 */
@Service
public class Certificates {

    private final CertificateIssueRepository certificates;
    private final SixOnesAccess access;
    private final SixOnesFigures figures;
    private final StaleEdits staleEdits;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    Certificates(CertificateIssueRepository certificates, SixOnesAccess access, SixOnesFigures figures,
                 StaleEdits staleEdits, History history, AuditTrail audit, Clock clock, Today today) {
        this.certificates = certificates;
        this.access = access;
        this.figures = figures;
        this.staleEdits = staleEdits;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** The person's certificates, latest issued first. */
    @Transactional(readOnly = true)
    public List<CertificateIssue> of(long personId) {
        SixOnesAccess.reader();
        access.outflowPerson(personId);
        return certificates.findByPersonIdOrderByIssuedOnDesc(personId);
    }

    /** A page of the register, latest issued first: by number or holder's name (the start of either). */
    @Transactional(readOnly = true)
    public List<CertificateIssue> register(String search, int offset, int limit) {
        String unit = SixOnesAccess.scope();
        int size = Math.max(limit, 1);
        return certificates.register(pattern(search), unit, PageRequest.of(offset / size, size));
    }

    @Transactional(readOnly = true)
    public int count(String search) {
        return (int) certificates.countRegister(pattern(search), SixOnesAccess.scope());
    }

    /** The certificate with this number, if the township issued it (for a verification). */
    @Transactional(readOnly = true)
    public Optional<CertificateIssue> withNumber(String number) {
        String unit = SixOnesAccess.scope();
        return certificates.findByNumber(number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
                .filter(c -> unit == null || (c.getPerson().getOrgUnit() != null
                        && c.getPerson().getOrgUnit().startsWith(unit)));
    }

    /**
     * Issues a certificate ({@code certificateId} null) or corrects one read at {@code version}, keeping the earlier
     * version; refused at the field that is wrong — a number the township already issued among them — or when
     * someone saved it meanwhile.
     */
    @Transactional
    public CertificateIssue save(long personId, Long certificateId, long version, CertificateDetails details) {
        String by = SixOnesAccess.township().getUsername();
        Person person = access.outflowPerson(personId);
        CertificateIssue certificate = certificateId == null ? new CertificateIssue(person)
                : certificates.findById(certificateId).filter(c -> c.getPerson().getId() == personId)
                .orElseThrow(() -> new InvalidInputException(null, "sixOnes.gone"));
        if (certificateId != null) {
            StaleEdits.check(version, certificate.getVersion(), certificate.getUpdatedBy(),
                    certificate.getUpdatedAt());
        }
        String number = SixOnesLimits.CERTIFICATE_NUMBER.check(details.number());
        number = number == null ? null : number.toUpperCase(Locale.ROOT);
        Optional<CertificateIssue> same = certificates.findByNumber(number);
        if (same.isPresent() && !same.get().getId().equals(certificateId)) {
            throw new InvalidInputException("number", "sixOnes.certificate.numberTaken",
                    same.get().getPerson().getName());
        }
        if (details.issuedOn() == null) {
            throw new InvalidInputException("issuedOn", "validation.required");
        }
        if (details.issuedOn().isAfter(today.date())) {
            throw new InvalidInputException("issuedOn", "outflow.day.future");
        }
        if (details.validUntil() == null) {
            throw new InvalidInputException("validUntil", "validation.required");
        }
        if (!details.validUntil().isAfter(details.issuedOn())) {
            throw new InvalidInputException("validUntil", "sixOnes.certificate.validBeforeIssued");
        }
        Map<String, String> before = certificateId == null ? null : certificate.snapshot();
        Instant now = clock.instant();
        certificate.apply(number, details.issuedOn(), details.validUntil(), by, now);
        CertificateIssue saved = staleEdits.save(() -> certificates.saveAndFlush(certificate),
                () -> certificates.findById(certificateId == null ? -1 : certificateId)
                        .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                        .orElseGet(() -> new StaleEditException(null, null)));
        if (before != null) {
            history.keep(subject(saved), version, Change.between(before, saved.snapshot()), by, now);
        }
        audit.record(TenantContext.current(), by, AuditAction.SIX_ONES_SAVED, subject(saved), number, null);
        figures.refresh();
        return saved;
    }

    private static String subject(CertificateIssue certificate) {
        return "certificate_issue:" + certificate.getId();
    }

    /** The search as the start of a number or a name, its LIKE wildcards taken literally; null for none. */
    private static String pattern(String search) {
        String text = search == null ? "" : search.strip();
        return text.isEmpty() ? null : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
