package cn.gongguan.police;

import cn.gongguan.registry.MaritalStatus;
import java.time.LocalDate;

/**
 * A row of a police station's report as typed or read from a file. {@code registrationPlace} (a township's code)
 * and {@code maritalStatus} are needed only to register a new arrival; the registry asks for both.
 */
public record RowInput(RowKind kind, String idNumber, String name, LocalDate day, String place,
                       String registrationPlace, MaritalStatus maritalStatus, String note) {

    /** The same row with its ID number and texts as stored. */
    RowInput with(String checkedIdNumber, String checkedName, String checkedPlace, String checkedNote) {
        return new RowInput(kind, checkedIdNumber, checkedName, day, checkedPlace, registrationPlace, maritalStatus,
                checkedNote);
    }
}
