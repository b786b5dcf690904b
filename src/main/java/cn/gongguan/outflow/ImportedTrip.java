package cn.gongguan.outflow;

import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import java.time.LocalDate;

/** One row of an imported outflow list: the person, their trip, and the day they came back if they did. */
final class ImportedTrip {

    final PersonDetails person = new PersonDetails();
    LocalDate departureDay;
    String destination;
    String destinationAddress;
    String workUnit;
    String destinationPhone;
    boolean certificateHeld;
    String declaredBy;
    LocalDate declaredOn;
    LocalDate returnDay;

    ImportedTrip() {
        // the lists townships keep say nothing of it; the departure form starts from the same
        person.setMaritalStatus(MaritalStatus.MARRIED);
    }

    TripDetails trip() {
        return new TripDetails(departureDay, destination, destinationAddress, workUnit, destinationPhone,
                certificateHeld, declaredBy, declaredOn);
    }
}
