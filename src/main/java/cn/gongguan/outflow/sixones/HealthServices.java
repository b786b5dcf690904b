package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 六个一 ⑤: a reproductive-health service for each outflow person each quarter, given where they live now or on a
 * return home. The township and the officer of the person's village record them; each village has its list of
 * persons still due this quarter, those who missed the previous quarter first.
 */
@Service
public class HealthServices {

    private final HealthServiceRepository services;
    private final SixOnesAccess access;
    private final SixOnesQueries queries;
    private final SixOnesFigures figures;
    private final StaleEdits staleEdits;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    HealthServices(HealthServiceRepository services, SixOnesAccess access, SixOnesQueries queries,
                   SixOnesFigures figures, StaleEdits staleEdits, AuditTrail audit, Clock clock, Today today) {
        this.services = services;
        this.access = access;
        this.queries = queries;
        this.figures = figures;
        this.staleEdits = staleEdits;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Whether the user records services (the township, and an officer for their own village). */
    public static boolean mayRecord() {
        return SixOnesAccess.is(SixOnesAccess.READERS);
    }

    /** The person's services, latest first. */
    @Transactional(readOnly = true)
    public List<HealthService> of(long personId) {
        SixOnesAccess.reader();
        access.outflowPerson(personId);
        return services.findByPersonIdOrderByDoneOnDesc(personId);
    }

    /** A page of the persons of the user's scope still due a service this quarter, the overdue first. */
    @Transactional(readOnly = true)
    public List<DueService> due(String orgUnit, int offset, int limit) {
        return queries.due(unit(orgUnit), Quarter.of(today.date()), offset, limit);
    }

    /** The quarter whose services are due now. */
    public Quarter currentQuarter() {
        return Quarter.of(today.date());
    }

    /**
     * Records a service ({@code serviceId} null) or corrects one read at {@code version}; refused at the field that
     * is wrong, or when someone saved it meanwhile.
     */
    @Transactional
    public HealthService save(long personId, Long serviceId, long version, ServiceDetails details) {
        String by = CurrentUser.inRole(SixOnesAccess.READERS, "record health services").getUsername();
        Person person = access.outflowPerson(personId);
        HealthService service = serviceId == null ? new HealthService(person.getId())
                : services.findById(serviceId).filter(s -> s.getPersonId() == personId)
                .orElseThrow(() -> new InvalidInputException(null, "sixOnes.gone"));
        if (serviceId != null) {
            StaleEdits.check(version, service.getVersion(), service.getUpdatedBy(), service.getUpdatedAt());
        }
        if (details.doneOn() == null) {
            throw new InvalidInputException("doneOn", "validation.required");
        }
        if (details.doneOn().isAfter(today.date())) {
            throw new InvalidInputException("doneOn", "outflow.day.future");
        }
        if (details.doneOn().isBefore(person.getBirthDate())) {
            throw new InvalidInputException("doneOn", "sixOnes.day.beforeBirth");
        }
        if (details.services() == null || details.services().isEmpty()) {
            throw new InvalidInputException("services", "sixOnes.service.whatRequired");
        }
        if (details.where() == null) {
            throw new InvalidInputException("where", "validation.required");
        }
        String place = SixOnesLimits.PLACE.check(details.place());
        service.apply(details.doneOn(), details.services(), details.where(), place, by, clock.instant());
        HealthService saved = staleEdits.save(() -> services.saveAndFlush(service),
                () -> services.findById(serviceId == null ? -1 : serviceId)
                        .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                        .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), by, AuditAction.SIX_ONES_SAVED, "person:" + personId,
                "health service " + saved.getQuarter(), null);
        figures.refresh();
        return saved;
    }

    /** The unit asked for within the user's scope: an officer's own village whatever they ask. */
    private static String unit(String asked) {
        String scope = SixOnesAccess.scope();
        return scope != null ? scope : asked;
    }
}
