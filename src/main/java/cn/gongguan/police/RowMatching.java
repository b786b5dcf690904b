package cn.gongguan.police;

import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Matches a row of a police station's report with the registry by its ID number and does what the row means, through
 * the registry's and the outflow registration's own rules:
 * <ul>
 * <li>someone not registered here who arrives (permit issued, moved in) is registered as an inflow person living at
 *     the address given since the day: the visit worklist has them (一访) — unless another township holds them as
 *     living there (the person index says which, nothing more): then the row is refused, for the two townships to
 *     settle who manages the person rather than registering them twice;</li>
 * <li>an outflow person of this township who moves back in comes home: their trip is closed on the day (返回注销);
 *     one who moves out leaves: a trip from the day, to the place the station wrote, declared by the station — or,
 *     already away, the trip's address there is updated to it;</li>
 * <li>an inflow person who arrives again (a permit issued, a move within the township) lives at the address given;
 *     one who moves out is noted only: the registry records no departure of an inflow person, and the row stays in
 *     the report for the township to see;</li>
 * <li>someone neither registered here nor living in another township who moves out is noted: there is no one to
 *     update.</li>
 * </ul>
 * A refusal names the row's own field, so that it is shown at the cell of the file or the field of the form.
 */
@Component
class RowMatching {

    /** The registry's and the outflow registration's fields → the row's. */
    private static final Map<String, String> FIELDS = Map.of("address", "place", "destinationAddress", "place",
            "arrivalDate", "day", "departureDay", "day", "returnDay", "day");

    /** What a row did, and to whom. */
    record Match(RowOutcome outcome, Long personId) {
    }

    private final PersonRegistry registry;
    private final OutflowTrips trips;
    private final PersonIndex index;
    private final Divisions divisions;
    private final Today today;

    RowMatching(PersonRegistry registry, OutflowTrips trips, PersonIndex index, Divisions divisions, Today today) {
        this.registry = registry;
        this.trips = trips;
        this.index = index;
        this.divisions = divisions;
        this.today = today;
    }

    /** Does what the checked row means; refused at the row's field when the records cannot take it. */
    Match apply(PoliceStation station, RowInput row) {
        IdNumber idNumber = new IdNumber(row.idNumber());
        try {
            Optional<Person> registered = registry.find(idNumber);
            if (registered.isEmpty()) {
                return unknown(row, idNumber);
            }
            Person person = registered.get();
            if (!person.getName().equals(row.name())) {
                throw new InvalidInputException("name", "person.name.differs", person.getName());
            }
            return ownOutflow(person) ? outflow(station, person, row) : inflow(person, row);
        } catch (InvalidInputException refusal) {
            throw new InvalidInputException(FIELDS.getOrDefault(refusal.field(), refusal.field()),
                    refusal.messageKey(), refusal.arguments());
        }
    }

    private Match unknown(RowInput row, IdNumber idNumber) {
        if (!row.kind().arrives()) {
            // a move out of someone this township does not hold: nothing to register, and nothing to ask the index
            return new Match(RowOutcome.NOTED, null);
        }
        Optional<TenantCode> elsewhere = index.livingElsewhere(idNumber);
        if (elsewhere.isPresent()) {
            String township = divisions.find(elsewhere.get().value()).map(Division::name)
                    .orElse(elsewhere.get().value());
            throw new InvalidInputException("idNumber", "police.row.livingElsewhere", township);
        }
        if (row.registrationPlace() == null) {
            throw new InvalidInputException("registrationPlace", "police.row.neededToRegister");
        }
        if (row.maritalStatus() == null) {
            throw new InvalidInputException("maritalStatus", "police.row.neededToRegister");
        }
        PersonDetails details = new PersonDetails();
        details.setIdNumber(row.idNumber());
        details.setName(row.name());
        details.setFlowType(FlowType.INFLOW);
        details.setRegistrationPlace(row.registrationPlace());
        details.setMaritalStatus(row.maritalStatus());
        details.setAddress(row.place());
        details.setArrivalDate(row.day());
        return new Match(RowOutcome.REGISTERED, registry.register(details).getId());
    }

    private boolean ownOutflow(Person person) {
        return person.getFlowType() == FlowType.OUTFLOW
                && TenantContext.current().value().equals(person.getRegistrationPlace());
    }

    private Match outflow(PoliceStation station, Person person, RowInput row) {
        Optional<OutflowTrip> away = trips.openTrip(person.getId());
        return switch (row.kind()) {
            // a permit is for someone whose household is registered elsewhere: the station or the registry is wrong
            case PERMIT_ISSUED -> throw new InvalidInputException("kind", "police.row.permitForOwn");
            case MOVED_IN -> {
                if (away.isEmpty()) {
                    yield new Match(RowOutcome.NOTED, person.getId());
                }
                trips.returned(away.get().getId(), away.get().getVersion(), row.day());
                yield new Match(RowOutcome.RETURNED, person.getId());
            }
            case MOVED_OUT -> {
                if (away.isPresent()) {
                    OutflowTrip trip = away.get();
                    if (row.place() == null || row.place().equals(trip.getDestinationAddress())) {
                        yield new Match(RowOutcome.NOTED, person.getId());
                    }
                    TripDetails was = trip.details();
                    trips.update(trip.getId(), trip.getVersion(), new TripDetails(was.departureDay(),
                            was.destination(), row.place(), was.workUnit(), was.destinationPhone(),
                            was.certificateHeld(), was.declaredBy(), was.declaredOn()));
                    yield new Match(RowOutcome.TRIP_UPDATED, person.getId());
                }
                // where to is the station's words, not a division: the destination stays unknown until declared
                trips.departOf(person.getId(), new TripDetails(row.day(), null, row.place(), null, null, false,
                        station.getName(), today.date()), TripSource.POLICE);
                yield new Match(RowOutcome.DEPARTED, person.getId());
            }
        };
    }

    private Match inflow(Person person, RowInput row) {
        if (!row.kind().arrives() || row.place() == null || Objects.equals(row.place(), person.getAddress())) {
            return new Match(RowOutcome.NOTED, person.getId());
        }
        registry.moved(person.getId(), null, row.place());
        return new Match(RowOutcome.ADDRESS_UPDATED, person.getId());
    }
}
