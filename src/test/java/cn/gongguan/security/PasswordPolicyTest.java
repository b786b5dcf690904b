package cn.gongguan.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordOfThreeCharacterClasses() {
        assertThatCode(() -> PasswordPolicy.check("wang.li", "huixian2026Go")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("wang.li", "徽县-flow-2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("wang.li", "Aa1-".repeat(18))).doesNotThrowAnyException();
    }

    @Test
    void refusesShortSimpleOrUsernameBearingPasswordsAtThePasswordField() {
        assertRefused("wang.li", "Ab1!", "password.tooShort");
        assertRefused("wang.li", "abcdefghijklmn", "password.tooSimple");
        assertRefused("wang.li", "abcdefgh12345", "password.tooSimple");
        assertRefused("wang.li", "X-Wang.Li-2026", "password.containsUsername");
        assertRefused("wang.li", "Aa1-".repeat(19), "password.tooLong");
        assertRefused("wang.li", "徽县流动人口计划生育服务管理平台密码口令-" + "Aa1".repeat(4), "password.tooLong");
    }

    private static void assertRefused(String username, String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, password))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("password");
                    org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
