package cn.gongguan.enterprise;

import cn.gongguan.platform.Input;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.History;
import cn.gongguan.platform.history.Revision;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Phone;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the enterprises of a township or residents' committee that employ floating persons (用工环节), each
 * with its family-planning contact and how it takes part in the association network. Each unit keeps its own: the
 * tenant's schema is the register. Every edit keeps the earlier version; a save on an outdated copy is refused.
 */
@Service
public class Enterprises {

    /** The most staff an enterprise may declare: a guard against a typing slip, not a rule of the policy. */
    static final int MAX_HEADCOUNT = 100_000;

    private final EnterpriseRepository enterprises;
    private final OrgUnits orgUnits;
    private final StaleEdits staleEdits;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;

    Enterprises(EnterpriseRepository enterprises, OrgUnits orgUnits, StaleEdits staleEdits, History history,
                AuditTrail audit, Clock clock) {
        this.enterprises = enterprises;
        this.orgUnits = orgUnits;
        this.staleEdits = staleEdits;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the register by name: those whose name, industry or contact contains the search. */
    @Transactional(readOnly = true)
    public List<Enterprise> list(String search, int offset, int limit) {
        EnterpriseAccess.keeper();
        int size = Math.max(limit, 1);
        return enterprises.register(pattern(search), PageRequest.of(offset / size, size));
    }

    @Transactional(readOnly = true)
    public int count(String search) {
        EnterpriseAccess.keeper();
        return (int) enterprises.countRegister(pattern(search));
    }

    @Transactional(readOnly = true)
    public Optional<Enterprise> find(long id) {
        EnterpriseAccess.keeper();
        return enterprises.findById(id);
    }

    /** Registers an enterprise; a wrong field is refused there with the reason. */
    @Transactional
    public Enterprise register(EnterpriseDetails details) {
        String by = EnterpriseAccess.keeper().getUsername();
        EnterpriseDetails checked = check(details, null);
        Enterprise enterprise = save(() -> enterprises.saveAndFlush(new Enterprise(checked, by, clock.instant())),
                null);
        audit.record(TenantContext.current(), by, AuditAction.ENTERPRISE_SAVED, subject(enterprise.getId()), null,
                null);
        return enterprise;
    }

    /** Saves changes to an enterprise opened at {@code version}, keeping the earlier version; refused if stale. */
    @Transactional
    public Enterprise update(long id, long version, EnterpriseDetails details) {
        String by = EnterpriseAccess.keeper().getUsername();
        Enterprise enterprise = enterprises.findById(id).orElseThrow(() -> new AccessDeniedException("No enterprise"));
        StaleEdits.check(version, enterprise.getVersion(), enterprise.getUpdatedBy(), enterprise.getUpdatedAt());
        EnterpriseDetails checked = check(details, id);
        Map<String, String> before = enterprise.snapshot();
        Instant now = clock.instant();
        enterprise.apply(checked, by, now);
        save(() -> enterprises.saveAndFlush(enterprise), id);
        history.keep(subject(id), version, Change.between(before, enterprise.snapshot()), by, now);
        audit.record(TenantContext.current(), by, AuditAction.ENTERPRISE_SAVED, subject(id), null, null);
        return enterprise;
    }

    /** The earlier versions of the enterprise, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(long id) {
        EnterpriseAccess.keeper();
        return history.of(subject(id));
    }

    /** The details as stored (stripped, blanks as none), each wrong field refused at its name. */
    private EnterpriseDetails check(EnterpriseDetails details, Long self) {
        String name = EnterpriseLimits.NAME.check(details.name());
        String industry = EnterpriseLimits.INDUSTRY.check(details.industry());
        String address = EnterpriseLimits.ADDRESS.check(details.address());
        String orgUnit = Input.stripped(details.orgUnit());
        if (orgUnit != null && orgUnits.find(orgUnit).isEmpty()) {
            throw new InvalidInputException("orgUnit", "person.orgUnit.unknown");
        }
        String creditCode = CreditCode.parse(details.creditCode());
        if (creditCode != null) {
            enterprises.findByCreditCode(creditCode).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
                throw new InvalidInputException("creditCode", "enterprise.creditCode.taken", other.getName());
            });
        }
        String contactName = EnterpriseLimits.CONTACT_NAME.check(details.contactName());
        String contactPhone = EnterpriseLimits.CONTACT_PHONE.check(details.contactPhone());
        if (!Phone.isBlankOrValid(contactPhone)) {
            throw new InvalidInputException("contactPhone", "person.phone.invalid");
        }
        if (details.association() == null) {
            throw new InvalidInputException("association", "validation.required");
        }
        if (details.headcount() == null) {
            throw new InvalidInputException("headcount", "validation.required");
        }
        if (details.headcount() < 0 || details.headcount() > MAX_HEADCOUNT) {
            throw new InvalidInputException("headcount", "enterprise.headcount.invalid", MAX_HEADCOUNT);
        }
        return new EnterpriseDetails(name, industry, address, orgUnit, creditCode, contactName, contactPhone,
                details.association(), details.headcount(), EnterpriseLimits.NOTE.check(details.note()));
    }

    /** Writes; another user's save meanwhile, or a credit code taken meanwhile, is refused with who saved. */
    private Enterprise save(Supplier<Enterprise> write, Long id) {
        return staleEdits.save(write, () -> (id == null ? Optional.<Enterprise>empty() : enterprises.findById(id))
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
    }

    static String subject(long id) {
        return "enterprise:" + id;
    }

    /** The search as typed, its LIKE wildcards taken literally; empty for none (which every name contains). */
    static String pattern(String search) {
        String text = search == null ? "" : search.strip();
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
