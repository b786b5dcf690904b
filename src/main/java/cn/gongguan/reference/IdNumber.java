package cn.gongguan.reference;

import cn.gongguan.platform.InvalidInputException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A citizen identity number (公民身份号码) by GB 11643-1999: 6 digits of the household-registration region, the
 * birth date as yyyyMMdd, a 3-digit sequence whose last digit is odd for men and even for women, and a MOD 11-2 check
 * character (0–9 or X). The 15-digit form of the first-generation cards (two-digit year, no check character) is
 * converted to 18 digits. Always held in its 18-character form with an upper-case X.
 */
public record IdNumber(String value) implements Serializable {

    /** The field name under which refusals are reported. */
    public static final String FIELD = "idNumber";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public IdNumber {
        if (value == null || !value.matches("\\d{17}[\\dX]") || checkCharacter(value) != value.charAt(17)) {
            throw new IllegalArgumentException("Not a valid 18-character ID number");
        }
    }

    /**
     * Reads what a user typed: spaces are ignored, a lower-case x accepted, a 15-digit number converted. Anything
     * else is refused at the {@value #FIELD} field with the reason.
     *
     * @param today the day against which a birth date in the future is refused
     */
    public static IdNumber parse(String input, LocalDate today) {
        String text = input == null ? "" : input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new InvalidInputException(FIELD, "idNumber.required");
        }
        if (text.matches("\\d{15}")) {
            text = text.substring(0, 6) + "19" + text.substring(6);
            text = text + checkCharacter(text);
        } else if (!text.matches("\\d{17}[\\dX]")) {
            throw new InvalidInputException(FIELD, "idNumber.shape");
        }
        LocalDate birth = birthDateOf(text);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidInputException(FIELD, "idNumber.birthDate", text.substring(6, 14));
        }
        if (birth.isAfter(today)) {
            throw new InvalidInputException(FIELD, "idNumber.birthInFuture", text.substring(6, 14));
        }
        char expected = checkCharacter(text);
        if (text.charAt(17) != expected) {
            throw new InvalidInputException(FIELD, "idNumber.checkDigit", String.valueOf(expected));
        }
        return new IdNumber(text);
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The GB/T 2260 code of the region where the number was issued (the household registration at the time). */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** The number as lists show it: region prefix and last four kept, the birth date and sequence hidden. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    /**
     * Refuses a birth date or sex entered beside the number that the number contradicts, at the field entered.
     * Null values are not checked (they are derived from the number instead).
     */
    public void crossCheck(LocalDate enteredBirthDate, Sex enteredSex) {
        if (enteredBirthDate != null && !enteredBirthDate.equals(birthDate())) {
            throw new InvalidInputException("birthDate", "idNumber.birthDateMismatch", birthDate().toString());
        }
        if (enteredSex != null && enteredSex != sex()) {
            throw new InvalidInputException("sex", "idNumber.sexMismatch");
        }
    }

    private static LocalDate birthDateOf(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return masked();
    }
}
