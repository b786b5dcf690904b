package cn.gongguan.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100 unified social credit codes: real ones pass, a slip in any character is refused at the field. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "9144030071526726XG", " 9144030071526726xg "})
    void realCodesAreTakenInCapitals(String code) {
        assertThat(CreditCode.parse(code)).isEqualTo(code.strip().toUpperCase());
    }

    @Test
    void blankIsNone() {
        assertThat(CreditCode.parse("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y34", "9144030071526726X", "9144030071526726XGG",
            "9144030071526726IG", "914403007152672OXG"})
    void aSlipIsRefusedAtTheField(String code) {
        assertThatThrownBy(() -> CreditCode.parse(code)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("creditCode");
    }

    @Test
    void theReasonSaysWhatIsWrong() {
        assertThatThrownBy(() -> CreditCode.parse("9144030071526726X")).extracting(e ->
                ((InvalidInputException) e).messageKey()).isEqualTo("enterprise.creditCode.length");
        assertThatThrownBy(() -> CreditCode.parse("914403007152672OXG")).extracting(e ->
                ((InvalidInputException) e).messageKey()).isEqualTo("enterprise.creditCode.character");
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44")).extracting(e ->
                ((InvalidInputException) e).messageKey()).isEqualTo("enterprise.creditCode.check");
    }
}
