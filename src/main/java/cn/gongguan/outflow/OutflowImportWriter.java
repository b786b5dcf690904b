package cn.gongguan.outflow;

import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.workbook.WorkbookImport.Outcome;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a chunk of an imported outflow list in one transaction, through the rules of {@link OutflowTrips}. */
@Service
class OutflowImportWriter {

    private final OutflowTrips trips;
    private final OutflowTripRepository repository;
    private final PersonRegistry registry;
    private final PersonIndex index;

    OutflowImportWriter(OutflowTrips trips, OutflowTripRepository repository, PersonRegistry registry,
                        PersonIndex index) {
        this.index = index;
        this.trips = trips;
        this.repository = repository;
        this.registry = registry;
    }

    /**
     * Writes the rows, all or none; returns what each did, in order. A person's trips are written earliest first,
     * whatever the file's order, so that an earlier trip closed by a return does not meet a later one still open.
     */
    @Transactional
    List<Outcome> write(List<ImportedTrip> rows) {
        Map<ImportedTrip, Outcome> outcomes = new IdentityHashMap<>();
        // the person index learns of the rows in one statement at the end, each person's last holding
        index.batched(() -> {
            rows.stream().sorted(Comparator.comparing(row -> row.departureDay))
                    .forEach(row -> outcomes.put(row, write(row)));
            return null;
        });
        return rows.stream().map(outcomes::get).toList();
    }

    private Outcome write(ImportedTrip row) {
        Optional<OutflowTrip> same = repository.findByPersonIdNumberAndDepartureDay(row.person.getIdNumber(),
                row.departureDay);
        if (same.isPresent()) {
            OutflowTrip trip = same.get();
            if (row.returnDay == null || !trip.isOpen()) {
                return Outcome.UNCHANGED;
            }
            trips.returned(trip.getId(), trip.getVersion(), row.returnDay);
            return Outcome.UPDATED;
        }
        row.person.setRegistrationPlace(TenantContext.current().value());
        row.person.setFlowType(FlowType.OUTFLOW);
        Person person = registry.arrived(row.person);
        OutflowTrip trip = trips.departOf(person.getId(), row.trip(), TripSource.IMPORT);
        if (row.returnDay != null) {
            trips.returned(trip.getId(), trip.getVersion(), row.returnDay);
        }
        return Outcome.ADDED;
    }
}
