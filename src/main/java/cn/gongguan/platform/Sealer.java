package cn.gongguan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest of sensitive personal information (DESIGN.md): AES-256-GCM under a key derived from the secret
 * {@code GONGGUAN_CRYPTO_KEY}. Each sealed value is bound to where it belongs (its context, e.g. tenant, person and
 * archive), so a value copied to another row or tenant does not open. With the embedded database and no secret set,
 * a random secret is kept next to the database files; with an external database the secret is required.
 */
@Component
public class Sealer {

    private static final Logger log = LoggerFactory.getLogger(Sealer.class);
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_SECRET_LENGTH = 16;

    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    Sealer(@Value("${gongguan.crypto.key:}") String secret, ObjectProvider<EmbeddedPostgres> embedded,
           EmbeddedDatabaseSettings settings) {
        String effective = secret.isBlank() ? embeddedSecret(embedded.getIfAvailable() == null ? null : settings) : secret;
        if (effective.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("GONGGUAN_CRYPTO_KEY must hold at least " + MIN_SECRET_LENGTH
                    + " characters of secret (it encrypts sensitive personal information at rest)");
        }
        this.key = new SecretKeySpec(derive(effective, "gongguan sealed data v1"), "AES");
        this.hashKey = new SecretKeySpec(derive(effective, "gongguan keyed hash v1"), "HmacSHA256");
    }

    /** Encrypts {@code plain} for the given context. */
    public byte[] seal(String plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal", e);
        }
    }

    /** Decrypts what {@link #seal} wrote for the same context; fails if it was written for another or altered. */
    public String open(byte[] sealed, String context) {
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != FORMAT) {
            throw new IllegalStateException("Not a sealed value of format " + FORMAT);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed value does not open for " + context, e);
        }
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) of {@code value}: equal values give equal hashes, and without the secret nobody
     * can test a guess against it. For values that must be matched but never kept in clear (a user name typed at a
     * failed login, which often is a password; a recovery code).
     */
    public String keyedHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(String secret, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The development secret of the embedded database: random, kept beside its data (or in memory for tests). */
    private String embeddedSecret(EmbeddedDatabaseSettings settings) {
        if (settings == null) {
            throw new IllegalStateException("Set GONGGUAN_CRYPTO_KEY: it encrypts sensitive personal information at rest");
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        String generated = Base64.getEncoder().encodeToString(fresh);
        if (settings.cleanOnStart()) {
            return generated;
        }
        Path file = settings.dataDirectory().toAbsolutePath().resolveSibling("crypto.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            log.warn("No GONGGUAN_CRYPTO_KEY set: generated a development key in {}", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
