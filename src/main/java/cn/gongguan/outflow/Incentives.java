package cn.gongguan.outflow;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incentives given to outflow persons (激励措施), recorded by the township as services given and counted per month.
 * The policy keeps them for those who declare their departure on time; a late declarer is not refused, the township
 * is told ({@link #declaredLate}) and decides.
 */
@Service
public class Incentives {

    private final IncentiveRepository incentives;
    private final OutflowTripRepository trips;
    private final PersonRegistry registry;
    private final OutflowFigures figures;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    Incentives(IncentiveRepository incentives, OutflowTripRepository trips, PersonRegistry registry,
               OutflowFigures figures, AuditTrail audit, Clock clock, Today today) {
        this.incentives = incentives;
        this.trips = trips;
        this.registry = registry;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** The person's incentives, latest first. */
    @Transactional(readOnly = true)
    public List<Incentive> of(long personId) {
        outflowPerson(personId, user());
        return incentives.findByPersonIdOrderByDayDescIdDesc(personId);
    }

    /** Whether the person's latest trip was declared after they left: the policy's incentives are for on-time ones. */
    @Transactional(readOnly = true)
    public boolean declaredLate(long personId) {
        outflowPerson(personId, user());
        return trips.findFirstByPersonIdOrderByDepartureDayDesc(personId).map(t -> !t.isOnTime()).orElse(false);
    }

    /**
     * Records an incentive given to an outflow person of this township; counted in its month, and audited by its id
     * and month only: its kind (a pregnancy check, the four operations) and its note are reproductive-health data.
     */
    @Transactional
    public Incentive give(long personId, IncentiveDetails details) {
        GongguanUser user = user();
        Person person = outflowPerson(personId, user);
        IncentiveDetails checked = check(details, person);
        Incentive incentive = incentives.save(new Incentive(personId, checked, user.getUsername(), clock.instant()));
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.INCENTIVE_GIVEN,
                "person:" + personId, "incentive " + incentive.getId() + ", " + YearMonth.from(checked.day()), null);
        figures.refresh(YearMonth.from(checked.day()));
        return incentive;
    }

    /** Whether the logged-in user records and reads incentives (the township; officers do not). */
    public static boolean mayGive() {
        return CurrentUser.find().map(user -> OutflowTrips.RECORDERS.contains(user.role())).orElse(false);
    }

    private IncentiveDetails check(IncentiveDetails details, Person person) {
        if (details.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (details.day() == null) {
            throw new InvalidInputException("day", "validation.required");
        }
        if (details.day().isAfter(today.date())) {
            throw new InvalidInputException("day", "outflow.day.future");
        }
        if (details.day().isBefore(person.getBirthDate())) {
            throw new InvalidInputException("day", "incentive.day.beforeBirth");
        }
        BigDecimal amount = details.amount();
        if (!details.kind().isReimbursement()) {
            if (amount != null) {
                throw new InvalidInputException("amount", "incentive.amount.none");
            }
        } else if (amount == null) {
            throw new InvalidInputException("amount", "incentive.amount.required");
        } else if (amount.signum() <= 0) {
            throw new InvalidInputException("amount", "incentive.amount.positive");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "incentive.amount.cents");
        } else if (amount.compareTo(IncentiveLimits.MAX_AMOUNT) > 0) {
            throw new InvalidInputException("amount", "incentive.amount.tooLarge", IncentiveLimits.MAX_AMOUNT);
        }
        return new IncentiveDetails(details.kind(), details.day(), amount == null ? null : amount.setScale(2),
                IncentiveLimits.NOTE.check(details.note()));
    }

    /** The person, who must be an outflow person of this township: incentives are for those. */
    private Person outflowPerson(long personId, GongguanUser user) {
        Person person = registry.find(personId)
                .orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        if (person.getFlowType() != FlowType.OUTFLOW || !user.tenant().value().equals(person.getRegistrationPlace())) {
            throw new InvalidInputException("kind", "incentive.outflowOnly");
        }
        return person;
    }

    private static GongguanUser user() {
        return CurrentUser.inRole(OutflowTrips.RECORDERS, "record incentives");
    }
}
