package cn.gongguan.certificate.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A token's secret: {@value #PREFIX} and 40 random bytes (320 bits) in URL-safe Base64, e.g.
 * {@code ggc_Q2h…}. The prefix makes a leaked token recognisable (secret scanners, logs); only the SHA-256 of the whole
 * secret is stored — a slow hash would add nothing to 320 random bits — and its first characters as a hint.
 */
final class ApiSecret {

    static final String PREFIX = "ggc_";
    /** The characters of the hint: the prefix and six more (36 of the 320 bits, not secret). */
    static final int HINT_LENGTH = PREFIX.length() + 6;
    private static final int BYTES = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiSecret() {
    }

    static String generate() {
        byte[] random = new byte[BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The first characters of what a caller presented, safe for the audit trail and the token list: a real secret's
     * hint, or of anything else only the characters a secret may hold, at most as many.
     */
    static String hint(String presented) {
        String safe = presented == null ? "" : presented.replaceAll("[^A-Za-z0-9_-]", "");
        return safe.substring(0, Math.min(safe.length(), HINT_LENGTH));
    }
}
