package cn.gongguan.outflow.report;

import cn.gongguan.outflow.TripDetails;
import cn.gongguan.registry.PersonDetails;
import java.time.LocalDate;

/**
 * What an officer enters for a report: a person of the registry ({@code personId}) or someone new ({@code newcomer}),
 * and the trip (a departure) or the day they came back (a return).
 */
public record ReportInput(ReportKind kind, Long personId, PersonDetails newcomer, TripDetails trip,
                          LocalDate returnDay) {

    /** A departure of a person of the registry. */
    public static ReportInput departureOf(long personId, TripDetails trip) {
        return new ReportInput(ReportKind.DEPARTURE, personId, null, trip, null);
    }

    /** A departure of someone not registered yet, who the township then registers as an outflow person. */
    public static ReportInput departure(PersonDetails newcomer, TripDetails trip) {
        return new ReportInput(ReportKind.DEPARTURE, null, newcomer, trip, null);
    }

    /** The return of a person away. */
    public static ReportInput returnOf(long personId, LocalDate day) {
        return new ReportInput(ReportKind.RETURN, personId, null, null, day);
    }

    /** Someone who came to live in the unit (an inflow person or an intra-county mover). */
    public static ReportInput arrival(PersonDetails newcomer) {
        return new ReportInput(ReportKind.ARRIVAL, null, newcomer, null, null);
    }
}
