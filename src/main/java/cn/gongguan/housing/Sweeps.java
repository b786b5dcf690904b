package cn.gongguan.housing;

import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.KeyGroup;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rental-house sweeps (拉网式清理): a dated visit of houses by named staff. A person found whom the landlord had not
 * reported is registered (or linked and moved to the house) as an inflow person awaiting the visit; a woman of
 * childbearing age without a checked certificate gets a key-group follow-up for the user who records the sweep (its
 * plan in that user's language) unless one is still open for her.
 */
@Service
public class Sweeps {

    /** Days given to follow up a certificate found missing. */
    static final int FOLLOW_UP_DAYS = 7;
    /** The length of the staff names a sweep keeps. */

    private final SweepRepository sweeps;
    private final SweepFindingRepository findings;
    private final RentalHouseRepository houses;
    private final MonthlyReportRepository reports;
    private final Arrivals arrivals;
    private final FollowUps followUps;
    private final HousingFigures figures;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    Sweeps(SweepRepository sweeps, SweepFindingRepository findings, RentalHouseRepository houses,
           MonthlyReportRepository reports, Arrivals arrivals, FollowUps followUps, HousingFigures figures,
           AuditTrail audit, Clock clock, Today today) {
        this.sweeps = sweeps;
        this.findings = findings;
        this.houses = houses;
        this.reports = reports;
        this.arrivals = arrivals;
        this.followUps = followUps;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public List<Sweep> list() {
        RentalHouses.user();
        return sweeps.findAllByOrderBySweptOnDescIdDesc();
    }

    /** The findings of each of the sweeps, read at once. */
    @Transactional(readOnly = true)
    public Map<Long, List<SweepFinding>> findings(Collection<Long> sweepIds) {
        RentalHouses.user();
        return findings.findBySweepIdIn(sweepIds).stream().collect(Collectors.groupingBy(SweepFinding::getSweepId));
    }

    @Transactional(readOnly = true)
    public List<SweepFinding> findings(long sweepId) {
        RentalHouses.user();
        return findings.findBySweepId(sweepId);
    }

    /**
     * Records a sweep of the houses with the persons found in them; a wrong person is refused at its field
     * ({@code found[i].field}) and nothing is written.
     */
    @Transactional
    public Sweep record(LocalDate sweptOn, String staff, String note, Collection<Long> houseIds, List<FoundPerson> found,
                        Texts texts) {
        String by = RentalHouses.user().getUsername();
        LocalDate today = this.today.date();
        if (sweptOn == null || sweptOn.isAfter(today)) {
            throw new InvalidInputException("sweptOn", sweptOn == null ? "validation.required" : "sweep.sweptOn.future");
        }
        String sweptBy = HousingLimits.STAFF.check(staff);
        if (houseIds.isEmpty()) {
            throw new InvalidInputException("houses", "sweep.houses.required");
        }
        Set<Long> swept = new HashSet<>(houseIds);
        for (long houseId : swept) {
            houses.findById(houseId).orElseThrow(() -> new AccessDeniedException("No house " + houseId));
        }
        Sweep sweep = sweeps.save(new Sweep(sweptOn, sweptBy, HousingLimits.SWEEP_NOTE.check(note),
                by, clock.instant()));
        Set<Long> withFindings = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            FoundPerson person = found.get(i);
            if (!swept.contains(person.houseId())) {
                throw new InvalidInputException("found[" + i + "].house", "sweep.house.notSwept");
            }
            withFindings.add(person.houseId());
            if (!persons.add(record(sweep, person, "found[" + i + "].", today, texts).getId())) {
                throw new InvalidInputException("found[" + i + "].idNumber", "sweep.person.repeated");
            }
        }
        swept.stream().filter(h -> !withFindings.contains(h))
                .forEach(h -> findings.save(new SweepFinding(sweep.getId(), h, null, SweepFinding.Kind.CHECKED)));
        audit.record(TenantContext.current(), by, AuditAction.SWEEP_RECORDED, "sweep:" + sweep.getId(),
                swept.size() + " houses, " + found.size() + " persons", null);
        figures.refresh(YearMonth.from(sweptOn));
        return sweep;
    }

    private Person record(Sweep sweep, FoundPerson found, String at, LocalDate today, Texts texts) {
        RentalHouse house = houses.findById(found.houseId()).orElseThrow();
        PersonDetails details = found.details();
        LocalDate since = details == null || details.getArrivalDate() == null ? sweep.getSweptOn()
                : details.getArrivalDate();
        Person person = arrivals.arrive(house, details, since, found.certificateChecked(), at);
        LocalDate nextMonth = YearMonth.from(sweep.getSweptOn()).plusMonths(1).atDay(1);
        boolean reported = reports.findFirstByHouseIdAndMonthLessThanOrderByMonthDesc(house.getId(), nextMonth)
                .map(r -> r.getLines().stream().anyMatch(l -> l.getPersonId() == person.getId() && l.getStatus().livesThere()))
                .orElse(false);
        if (!reported) {
            findings.save(new SweepFinding(sweep.getId(), house.getId(), person.getId(), SweepFinding.Kind.UNREPORTED));
        }
        boolean needsFollowUp = !found.certificateChecked()
                && KeyGroup.WOMEN_OF_CHILDBEARING_AGE.includes(person, sweep.getSweptOn());
        if (needsFollowUp) {
            findings.save(new SweepFinding(sweep.getId(), house.getId(), person.getId(), SweepFinding.Kind.NO_CERTIFICATE));
        }
        if (needsFollowUp && followUps.open(person.getId(), FollowUpKind.KEY_GROUP).isEmpty()) {
            followUps.schedule(person.getId(), FollowUpKind.KEY_GROUP, today.plusDays(FOLLOW_UP_DAYS),
                    texts.get("sweep.followUp.plan", sweep.getSweptOn().toString(), house.getAddress()));
        }
        if (reported && !needsFollowUp) {
            findings.save(new SweepFinding(sweep.getId(), house.getId(), person.getId(), SweepFinding.Kind.CHECKED));
        }
        return person;
    }
}
