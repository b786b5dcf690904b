package cn.gongguan.outflow.sixones;

/**
 * How far the six ones are done for the persons away of one unit (a village, or the township as a whole): how many
 * persons, how many have all six, and how many have each one.
 *
 * @param orgUnit the village's code; null for persons of no village, or for the township's total row
 */
public record Completion(String orgUnit, long away, long complete, long archive, long address, long contract,
                         long certificate, long service, long measure) {

    /** Persons with all six done per person away, in percent; 100 when nobody is away. */
    public int percent() {
        return away == 0 ? 100 : (int) Math.round(100.0 * complete / away);
    }
}
