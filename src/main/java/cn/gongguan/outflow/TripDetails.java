package cn.gongguan.outflow;

import java.time.LocalDate;

/**
 * What is declared about a trip away: when the person left, where to (a township-level division and the address
 * there), whom they work for and how to reach them there, whether they hold the marriage-and-childbearing
 * certificate, and who declared it on which day.
 */
public record TripDetails(LocalDate departureDay, String destination, String destinationAddress, String workUnit,
                          String destinationPhone, boolean certificateHeld, String declaredBy, LocalDate declaredOn) {
}
