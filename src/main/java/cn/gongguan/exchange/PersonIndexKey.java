package cn.gongguan.exchange;

import cn.gongguan.platform.DevelopmentSecrets;
import cn.gongguan.reference.IdNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The person index's key ({@code GONGGUAN_INDEX_KEY}) and its version ({@code GONGGUAN_INDEX_KEY_VERSION}): the
 * index holds HMAC-SHA-256 of the ID number under it, never the number. It is not the sealing key: a leak of one does
 * not open the other, and each is rotated on its own. A new key comes with a new version; the index's rows name the
 * version they were hashed under, and {@link PersonIndexPass} hashes every tenant's rows again under the new one.
 */
@Component
class PersonIndexKey {

    static final String KEY = "GONGGUAN_INDEX_KEY";
    static final String KEY_FILE = "index.key";
    /** A hash key of 256 bits wants at least as many characters of secret as it has bytes. */
    static final int MIN_SECRET_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final short version;

    @Autowired
    PersonIndexKey(@Value("${gongguan.index.key:}") String secret,
                   @Value("${gongguan.index.key-version:1}") int version, DevelopmentSecrets developmentSecrets) {
        this(developmentSecrets.orGenerated(secret, KEY, KEY_FILE,
                "it keys the person index's hashes of ID numbers (see docs/data-safety.md)"), version);
    }

    PersonIndexKey(String secret, int version) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(KEY + " must hold at least " + MIN_SECRET_LENGTH
                    + " characters of secret (it keys the person index's hashes of ID numbers)");
        }
        if (version < 1 || version > Short.MAX_VALUE) {
            throw new IllegalStateException("GONGGUAN_INDEX_KEY_VERSION must be between 1 and " + Short.MAX_VALUE);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.version = (short) version;
    }

    /** The keyed hash of the number as normalised (GB 11643, upper-case check character): 32 bytes. */
    byte[] hash(IdNumber idNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(idNumber.value().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    short version() {
        return version;
    }
}
