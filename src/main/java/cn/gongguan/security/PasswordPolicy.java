package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Passwords have at least {@value #MIN_LENGTH} characters from at least three of: lower-case letters, upper-case
 * letters, digits, other characters; and do not contain the user name. BCrypt reads at most {@value #MAX_BYTES} bytes
 * of a password (a Chinese character takes three), so a longer one is refused rather than cut.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, at the field {@code password}. */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("password", "password.tooLong", MAX_BYTES);
        }
        int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            throw new InvalidInputException("password", "password.tooSimple");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", "password.containsUsername");
        }
    }
}
