package cn.gongguan.outflow.sixones;

import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.Today;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six ones (六个一) of the township's outflow persons: the checklist of one person, and how far they are done
 * for each village and the township. An officer sees their own village only.
 */
@Service
public class SixOnes {

    /**
     * What a person has of the six ones today.
     *
     * @param household         the household archive's state (filled by whom and when)
     * @param trip              the trip the person is away on, if any
     * @param contract          the latest contract signed
     * @param certificate       the latest certificate issued
     * @param services          every service, latest first
     * @param missedLastQuarter away in the previous quarter without a service in it
     * @param measure           whether (and when) a measure is recorded
     */
    public record Checklist(Archives.State household, Optional<OutflowTrip> trip,
                            Optional<ManagementContract> contract, Optional<CertificateIssue> certificate,
                            List<HealthService> services, Quarter quarter, boolean missedLastQuarter,
                            Optional<ContraceptiveMeasures.State> measure, LocalDate today) {

        public Set<SixOne> done() {
            Set<SixOne> done = EnumSet.noneOf(SixOne.class);
            if (household.filled()) {
                done.add(SixOne.ARCHIVE);
            }
            if (trip.filter(t -> present(t.getDestinationAddress()) && present(t.getDestinationPhone())).isPresent()) {
                done.add(SixOne.ADDRESS);
            }
            if (contract.filter(c -> c.inForceOn(today)).isPresent()) {
                done.add(SixOne.CONTRACT);
            }
            if (certificate.filter(c -> c.validOn(today)).isPresent()) {
                done.add(SixOne.CERTIFICATE);
            }
            if (thisQuarter().isPresent()) {
                done.add(SixOne.HEALTH_SERVICE);
            }
            if (measure.isPresent()) {
                done.add(SixOne.MEASURE);
            }
            return done;
        }

        /** The latest service of the current quarter, if any. */
        public Optional<HealthService> thisQuarter() {
            return services.stream().filter(s -> s.getQuarter().equals(quarter.toString())).findFirst();
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }

    private final SixOnesAccess access;
    private final SixOnesQueries queries;
    private final Archives archives;
    private final OutflowTrips trips;
    private final ManagementContracts contracts;
    private final Certificates certificates;
    private final HealthServices services;
    private final ContraceptiveMeasures measures;
    private final Today today;

    SixOnes(SixOnesAccess access, SixOnesQueries queries, Archives archives, OutflowTrips trips,
            ManagementContracts contracts, Certificates certificates, HealthServices services,
            ContraceptiveMeasures measures, Today today) {
        this.access = access;
        this.queries = queries;
        this.archives = archives;
        this.trips = trips;
        this.contracts = contracts;
        this.certificates = certificates;
        this.services = services;
        this.measures = measures;
        this.today = today;
    }

    /** Whether the user records the township's part of the six ones (archive, contract, certificate). */
    public static boolean mayRecord() {
        return SixOnesAccess.is(SixOnesAccess.TOWNSHIP);
    }

    /** The person's six ones as of today. */
    @Transactional(readOnly = true)
    public Checklist checklist(long personId) {
        SixOnesAccess.reader();
        access.outflowPerson(personId);
        LocalDate day = today.date();
        Quarter quarter = Quarter.of(day);
        List<HealthService> done = services.of(personId);
        Quarter previous = quarter.previous();
        boolean awayLastQuarter = trips.of(personId).stream().anyMatch(t -> !t.getDepartureDay()
                .isAfter(previous.lastDay()) && (t.getReturnDay() == null
                || !t.getReturnDay().isBefore(previous.firstDay())));
        boolean missed = awayLastQuarter && done.stream().noneMatch(s -> s.getQuarter().equals(previous.toString()));
        return new Checklist(archives.states(personId).get(Archive.HOUSEHOLD), trips.openTrip(personId),
                contracts.of(personId).stream().findFirst(), certificates.of(personId).stream().findFirst(), done,
                quarter, missed, measures.state(personId), day);
    }

    /** Per village of the user's scope, the completion of its persons away now. */
    @Transactional(readOnly = true)
    public List<Completion> byVillage() {
        return queries.byVillage(SixOnesAccess.scope(), today.date());
    }

    /** The completion of all persons away in the user's scope (the township, or an officer's village). */
    @Transactional(readOnly = true)
    public Completion total() {
        return queries.total(SixOnesAccess.scope(), today.date());
    }

    /** A page of the persons away in the user's scope (or the village asked for), the least done first. */
    @Transactional(readOnly = true)
    public List<PersonProgress> persons(String orgUnit, int offset, int limit) {
        String scope = SixOnesAccess.scope();
        return queries.persons(scope != null ? scope : orgUnit, today.date(), offset, limit);
    }
}
