package cn.gongguan.fivestep;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import jakarta.persistence.EntityManager;
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

    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceContacts(EntityManager entityManager, AuditTrail audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ServiceContact> current() {
        return Optional.ofNullable(entityManager.find(ServiceContact.class, 1));
    }

    @Transactional
    public void save(String office, String phone, String address, String hours) {
        String by = CurrentUser.inRole(EDITORS, "keep the service contact").getUsername();
        ServiceContact values = new ServiceContact(FiveStepLimits.OFFICE.check(office),
                FiveStepLimits.CONTACT_PHONE.check(phone), FiveStepLimits.CONTACT_ADDRESS.check(address),
                FiveStepLimits.HOURS.check(hours));
        ServiceContact contact = current().orElse(null);
        if (contact == null) {
            values.update(values, by, clock.instant());
            entityManager.persist(values);
        } else {
            contact.update(values, by, clock.instant());
        }
        audit.record(TenantContext.current(), by, AuditAction.CONTACT_CHANGED, "service-contact", null, null);
    }
}
