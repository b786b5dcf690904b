package cn.gongguan.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 one-time codes: six digits for each 30-second step, HMAC-SHA1 (what every authenticator app reads from the
 * enrolment QR code). A code is accepted for the step before, the current one and the one after, and never for a step
 * at or before the last one accepted, so a code seen over a shoulder cannot be used again.
 */
final class Totp {

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
    private static final long STEP_SECONDS = GENERATOR.getTimeStep().toSeconds();
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret);
    }

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&digits=6&period="
                + STEP_SECONDS;
    }

    static long step(Instant at) {
        return at.getEpochSecond() / STEP_SECONDS;
    }

    /** The step {@code code} is right for, within one step of {@code now} and after {@code lastStep}; else empty. */
    static OptionalLong match(String secret, String code, Instant now, long lastStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastStep && code(secret, step).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static String code(String secret, long step) {
        try {
            int code = GENERATOR.generateOneTimePassword(
                    new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP_SECONDS));
            return "%06d".formatted(code);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
