package cn.gongguan.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest of sensitive personal information (DESIGN.md): AES-256-GCM under a key derived from a secret
 * ({@code GONGGUAN_CRYPTO_KEY}). Each sealed value is bound to where it belongs (its context, e.g. tenant, person and
 * archive), so a value copied to another row or tenant does not open. Each sealed value names the version of the key
 * that sealed it, so that during a key rotation values under the previous key ({@code GONGGUAN_CRYPTO_PREVIOUS_KEY})
 * still open until the re-seal has moved them to the current one. The keys and their versions come from
 * {@code platform.crypto.SealingKeys}, which checks them against the database at start-up.
 *
 * <p>A sealed value is {@code 2 | key version | nonce (12) | ciphertext and tag}; values written before key versions
 * existed are {@code 1 | nonce | ciphertext and tag} and open as key version 1.
 */
public final class Sealer {

    private static final byte FORMAT_UNVERSIONED = 1;
    private static final byte FORMAT_VERSIONED = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** The fewest characters a secret must have. */
    public static final int MIN_SECRET_LENGTH = 16;
    /** Key versions fit in one byte of the sealed value's header. */
    public static final int MAX_VERSION = 255;

    /** A secret and the version under which values sealed with it are recorded. */
    public record Key(int version, String secret) {
        public Key {
            if (version < 1 || version > MAX_VERSION) {
                throw new IllegalArgumentException("A key version lies between 1 and " + MAX_VERSION + ": " + version);
            }
        }

        @Override
        public String toString() {
            return "Key[version=" + version + "]";
        }
    }

    private final int current;
    private final Integer previous;
    private final Map<Integer, SecretKeySpec> keys = new TreeMap<>();
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param current  the key new values are sealed with
     * @param previous the key being retired, or null: its values still open
     * @param hashKey  the key of {@link #keyedHash}, which stays the same across rotations (see {@link #hashKeyOf})
     */
    public Sealer(Key current, Key previous, byte[] hashKey) {
        this.current = current.version();
        this.previous = previous == null ? null : previous.version();
        keys.put(current.version(), aesKey(current.secret()));
        if (previous != null) {
            if (previous.version() == current.version()) {
                throw new IllegalArgumentException("The previous key needs a version of its own");
            }
            keys.put(previous.version(), aesKey(previous.secret()));
        }
        this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
    }

    /** The keyed-hash key of an installation whose first key is {@code secret} (as it was before key versions). */
    public static byte[] hashKeyOf(String secret) {
        return derive(secret, "gongguan keyed hash v1");
    }

    /** A value that shows whether a secret is the one recorded, without revealing it. */
    public static String checkValue(String secret) {
        return HexFormat.of().formatHex(derive(secret, "gongguan key check v1"));
    }

    public int currentVersion() {
        return current;
    }

    /** The version of the key being retired, if one is configured. */
    public OptionalInt previousVersion() {
        return previous == null ? OptionalInt.empty() : OptionalInt.of(previous);
    }

    /** Encrypts {@code plain} for the given context under the current key. */
    public byte[] seal(String plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(2 + NONCE_BYTES + sealed.length)
                    .put(FORMAT_VERSIONED).put((byte) current).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal", e);
        }
    }

    /** Decrypts what {@link #seal} wrote for the same context; fails if it was written for another or altered. */
    public String open(byte[] sealed, String context) {
        int version = keyVersion(sealed);
        int header = sealed[0] == FORMAT_UNVERSIONED ? 1 : 2;
        SecretKeySpec key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("Sealed under key version " + version + ", which is not configured (the "
                    + "current key is version " + current + "; GONGGUAN_CRYPTO_PREVIOUS_KEY holds the one retired)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, header, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, header + NONCE_BYTES, sealed.length - header - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed value does not open for " + context, e);
        }
    }

    /** The version of the key a value was sealed with. */
    public static int keyVersion(byte[] sealed) {
        if (sealed.length > 1 + NONCE_BYTES && sealed[0] == FORMAT_UNVERSIONED) {
            return 1;
        }
        if (sealed.length > 2 + NONCE_BYTES && sealed[0] == FORMAT_VERSIONED) {
            return Byte.toUnsignedInt(sealed[1]);
        }
        throw new IllegalStateException("Not a sealed value");
    }

    /**
     * The value sealed under the current key: the same bytes when it already is, else opened and sealed again for
     * the same context (which it must open for).
     */
    public byte[] reseal(byte[] sealed, String context) {
        return keyVersion(sealed) == current ? sealed : seal(open(sealed, context), context);
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) of {@code value}: equal values give equal hashes, and without the secret nobody
     * can test a guess against it. For values that must be matched but never kept in clear (a user name typed at a
     * failed login, which often is a password; a recovery code). Its key does not change when the sealing key is
     * rotated: a hash cannot be computed again without the value it was made from.
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

    private static SecretKeySpec aesKey(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("GONGGUAN_CRYPTO_KEY must hold at least " + MIN_SECRET_LENGTH
                    + " characters of secret (it encrypts sensitive personal information at rest)");
        }
        return new SecretKeySpec(derive(secret, "gongguan sealed data v1"), "AES");
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
}
