package cn.gongguan.housing;

import cn.gongguan.registry.PersonDetails;
import java.time.LocalDate;

/**
 * One line of a report as entered: a resident already known ({@code personId}) staying on or moving out, or a
 * newcomer ({@code newcomer}: name, ID number and household-registration place at least) moving in.
 */
public record LineInput(Long personId, PersonDetails newcomer, Residence status, LocalDate movedOn,
                        boolean certificateChecked) {

    public static LineInput resident(long personId, Residence status, LocalDate movedOn) {
        return new LineInput(personId, null, status, movedOn, false);
    }

    public static LineInput newcomer(PersonDetails details, LocalDate movedIn, boolean certificateChecked) {
        return new LineInput(null, details, Residence.ARRIVED, movedIn, certificateChecked);
    }
}
