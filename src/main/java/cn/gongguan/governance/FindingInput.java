package cn.gongguan.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A finding at an assigned location as a form sends it: the day, how many persons were checked there, the persons and
 * houses found (refused at {@code persons[i].field} and {@code houses[i].field}) and a note.
 *
 * @param locationId the assigned location ({@link OperationLocation#id()})
 */
public record FindingInput(long locationId, LocalDate foundOn, int personsChecked, List<FindingPerson> persons,
                           List<FindingHouse> houses, String note) {

    /** The most persons one finding says were checked: more at one location is a typing mistake. */
    public static final int MAX_PERSONS_CHECKED = 10_000;

    public FindingInput {
        persons = List.copyOf(persons);
        houses = List.copyOf(houses);
    }
}
