package cn.gongguan.fivestep;

import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact printed on the service card and the notice (二送): the tenant's family-planning office, its phone,
 * address and hours. The township's administrator (a committee's clerk) keeps it.
 */
@Service
public class ServiceContacts {

    private static final Set<Role> EDITORS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.COMMITTEE_CLERK);

    private final ServiceContactRepository contacts;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final Clock clock;

    ServiceContacts(ServiceContactRepository contacts, AuditTrail audit, StaleEdits staleEdits, Clock clock) {
        this.contacts = contacts;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceContact> current() {
        return contacts.findById(ServiceContact.ID);
    }

    /**
     * Saves the contact as opened at {@code version} (-1 when there was none yet); refused if someone saved it since.
     * Returns it as saved, with its new version.
     */
    @Transactional
    public ServiceContact save(long version, String office, String phone, String address, String hours) {
        String by = CurrentUser.inRole(EDITORS, "keep the service contact").getUsername();
        ServiceContact values = new ServiceContact(FiveStepLimits.OFFICE.check(office),
                FiveStepLimits.CONTACT_PHONE.check(phone), FiveStepLimits.CONTACT_ADDRESS.check(address),
                FiveStepLimits.HOURS.check(hours));
        Optional<ServiceContact> stored = current();
        StaleEdits.check(version, stored.map(ServiceContact::getVersion).orElse(-1L),
                stored.map(ServiceContact::getUpdatedBy).orElse(null),
                stored.map(ServiceContact::getUpdatedAt).orElse(null));
        ServiceContact contact = stored.orElse(values);
        contact.update(values, by, clock.instant());
        ServiceContact saved = staleEdits.save(() -> contacts.saveAndFlush(contact), () -> current()
                .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), by, AuditAction.CONTACT_CHANGED, "service-contact", null, null);
        return saved;
    }
}
