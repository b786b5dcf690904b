package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.uikit.Translations;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The national file's code lists: each value read back from its label, and stored in a column wide enough. */
class NationalCodesTest {

    @Test
    void everyValueIsReadBackFromItsLabelAndFromItsCodeName() {
        roundTrip(Urgency.values(), NationalCodes::label);
        roundTrip(VerificationTopic.values(), NationalCodes::label);
        roundTrip(VerificationResult.values(), NationalCodes::label);
        roundTrip(FeedbackOutcome.values(), NationalCodes::label);
        roundTrip(NationalCategory.values(), NationalCategory::label);
    }

    @Test
    void everyStoredValueFitsItsColumn() {
        assertThat(VerificationTopic.values()).allSatisfy(topic ->
                assertThat(topic.name().length()).isLessThanOrEqualTo(MessageLimits.TOPIC.maxLength()));
        assertThat(VerificationResult.values()).allSatisfy(result ->
                assertThat(result.name().length()).isLessThanOrEqualTo(MessageLimits.RESULT.maxLength()));
        assertThat(FeedbackOutcome.values()).allSatisfy(outcome ->
                assertThat(outcome.name().length()).isLessThanOrEqualTo(MessageLimits.RESULT.maxLength()));
    }

    /** On screen and in the error workbook the columns are named as the file names them (in Chinese). */
    @Test
    void theChineseLabelOfEachColumnIsItsNameInTheFile() {
        Translations translations = new Translations();
        assertThat(NationalColumn.values()).allSatisfy(column -> assertThat(translations.getTranslation(
                column.column().labelKey(), Translations.CHINESE)).isEqualTo(column.header()));
    }

    private static <E extends Enum<E>> void roundTrip(E[] values, Function<E, String> label) {
        var column = NationalColumn.RESULT.column();
        assertThat(Arrays.stream(values).map(label).distinct()).hasSameSizeAs(values);
        for (E value : values) {
            assertThat(NationalCodes.parse(column, values, label, label.apply(value))).isEqualTo(value);
            assertThat(NationalCodes.parse(column, values, label, value.name().toLowerCase())).isEqualTo(value);
        }
    }
}
