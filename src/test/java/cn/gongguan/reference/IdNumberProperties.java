package cn.gongguan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** GB 11643 rules over thousands of generated valid and broken numbers. */
class IdNumberProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    @Property
    void everyWellFormedNumberIsAcceptedWithItsBirthDateAndSex(@ForAll("valid") Generated number) {
        IdNumber id = IdNumber.parse(number.text(), TODAY);
        assertThat(id.value()).isEqualTo(number.text());
        assertThat(id.birthDate()).isEqualTo(number.birth());
        assertThat(id.sex()).isEqualTo(number.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        assertThat(id.regionCode()).isEqualTo(number.text().substring(0, 6));
    }

    @Property
    void aMaskedNumberHidesTheBirthDateAndSequence(@ForAll("valid") Generated number) {
        String masked = IdNumber.parse(number.text(), TODAY).masked();
        assertThat(masked).hasSize(18).startsWith(number.text().substring(0, 4)).endsWith(number.text().substring(14));
        assertThat(masked.substring(4, 14)).isEqualTo("**********");
    }

    @Property
    void changingAnyOneOfTheFirstSeventeenDigitsIsDetected(@ForAll("valid") Generated number,
                                                          @ForAll @IntRange(max = 16) int position,
                                                          @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = number.text().toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertThatThrownBy(() -> IdNumber.parse(new String(digits), TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Property
    void swappingTwoNeighbouringDifferentDigitsIsDetected(@ForAll("valid") Generated number,
                                                         @ForAll @IntRange(max = 15) int position) {
        char[] digits = number.text().toCharArray();
        if (digits[position] == digits[position + 1]) {
            return;
        }
        char first = digits[position];
        digits[position] = digits[position + 1];
        digits[position + 1] = first;
        assertThatThrownBy(() -> IdNumber.parse(new String(digits), TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Property
    void aWrongCheckCharacterIsRefusedNamingTheRightOne(@ForAll("valid") Generated number,
                                                        @ForAll @IntRange(min = 1, max = 10) int shift) {
        String check = "0123456789X";
        char right = number.text().charAt(17);
        char wrong = check.charAt((check.indexOf(right) + shift) % 11);
        assertThatThrownBy(() -> IdNumber.parse(number.text().substring(0, 17) + wrong, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(IdNumber.FIELD);
                    assertThat(e.messageKey()).isEqualTo("idNumber.checkDigit");
                    assertThat(e.arguments()).containsExactly(String.valueOf(right));
                });
    }

    @Property
    void aFifteenDigitNumberOfTheFirstGenerationIsConverted(@ForAll("bornInTheTwentiethCentury") Generated number) {
        String legacy = number.text().substring(0, 6) + number.text().substring(8, 17);
        assertThat(IdNumber.parse(legacy, TODAY).value()).isEqualTo(number.text());
    }

    @Property
    void spacesAndALowerCaseXAreAccepted(@ForAll("valid") Generated number) {
        String typed = number.text().substring(0, 6) + " " + number.text().substring(6, 14) + " "
                + number.text().substring(14).toLowerCase();
        assertThat(IdNumber.parse(typed, TODAY).value()).isEqualTo(number.text());
    }

    @Property
    void textOfAnyOtherShapeIsRefusedAsSuch(@ForAll @StringLength(max = 25) String text) {
        String compact = text.replaceAll("\\s", "").toUpperCase();
        if (compact.isEmpty() || compact.matches("\\d{15}|\\d{17}[\\dX]")) {
            return;
        }
        assertThatThrownBy(() -> IdNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("idNumber.shape"));
    }

    @Property
    void aBirthDateThatDoesNotExistIsRefused(@ForAll("valid") Generated number,
                                             @ForAll @IntRange(min = 32, max = 99) int day) {
        String first17 = number.text().substring(0, 12) + day + number.text().substring(14, 17);
        assertThatThrownBy(() -> IdNumber.parse(first17 + IdNumber.checkCharacter(first17), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("idNumber.birthDate"));
    }

    @Example
    void theStandardsOwnExampleIsAWomanBornOnTheLastDayOf1949() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Example
    void aBirthDateInTheFutureIsRefused() {
        String first17 = "62122720270101123";
        assertThatThrownBy(() -> IdNumber.parse(first17 + IdNumber.checkCharacter(first17), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("idNumber.birthInFuture"));
    }

    @Example
    void aBirthDateOrSexEnteredBesideTheNumberMustAgreeWithIt() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
        id.crossCheck(LocalDate.of(1949, 12, 31), Sex.FEMALE);
        assertThatThrownBy(() -> id.crossCheck(LocalDate.of(1949, 12, 30), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
        assertThatThrownBy(() -> id.crossCheck(null, Sex.MALE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sex"));
    }

    /** A valid number as the parts it was made from. */
    record Generated(String text, LocalDate birth, int sequence) {
    }

    @Provide
    Arbitrary<Generated> valid() {
        return numbers(LocalDate.of(1900, 1, 1), TODAY);
    }

    @Provide
    Arbitrary<Generated> bornInTheTwentiethCentury() {
        return numbers(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31));
    }

    private static Arbitrary<Generated> numbers(LocalDate from, LocalDate to) {
        Arbitrary<String> regions = Arbitraries.of("621227", "110105", "440305", "510107", "620102", "652901");
        Arbitrary<LocalDate> births = Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(regions, births, sequences).as((region, birth, sequence) -> {
            String first17 = region + YMD.format(birth) + "%03d".formatted(sequence);
            return new Generated(first17 + IdNumber.checkCharacter(first17), birth, sequence);
        });
    }
}
