package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sealed values open only with the same key and for the same context, never hold the clear text, and name the key
 * version that sealed them, so that a rotation can move them to a new key.
 */
class SealerTest {

    private static final String SECRET = "a-secret-of-sufficient-length";
    private static final String NEW_SECRET = "the-new-secret-of-the-rotation";
    private static final String CONTEXT = "t_621227100/person:1/REPRODUCTIVE_HEALTH";

    private final Sealer sealer = sealer(1, SECRET);

    @Test
    void aValueRoundTripsAndIsNotStoredInTheClear() {
        byte[] sealed = sealer.seal("上环；2026-03-01 查环", CONTEXT);
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("上环", "2026");
        assertThat(sealer.open(sealed, CONTEXT)).isEqualTo("上环；2026-03-01 查环");
        assertThat(sealer.seal("上环", "c")).isNotEqualTo(sealer.seal("上环", "c"));
    }

    @Test
    void anotherContextAnotherKeyOrATamperedValueDoesNotOpen() {
        byte[] sealed = sealer.seal("怀孕", CONTEXT);
        assertThatThrownBy(() -> sealer.open(sealed, "t_621227100/person:2/REPRODUCTIVE_HEALTH"))
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> sealer(1, "another-secret-of-enough-length").open(sealed, CONTEXT))
                .hasMessageContaining("does not open");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> sealer.open(sealed, CONTEXT)).hasMessageContaining("does not open");
    }

    @Test
    void aSealedValueNamesTheVersionOfItsKey() {
        assertThat(Sealer.keyVersion(sealer.seal("怀孕", CONTEXT))).isEqualTo(1);
        assertThat(Sealer.keyVersion(sealer(7, NEW_SECRET).seal("怀孕", CONTEXT))).isEqualTo(7);
    }

    @Test
    void aValueSealedBeforeKeyVersionsExistedOpensAsVersionOne() throws Exception {
        byte[] legacy = formatOne("上环", CONTEXT);
        assertThat(Sealer.keyVersion(legacy)).isEqualTo(1);
        assertThat(sealer.open(legacy, CONTEXT)).isEqualTo("上环");
    }

    @Test
    void duringARotationBothKeysOpenAndAResealMovesAValueToTheNewKey() throws Exception {
        Sealer rotating = new Sealer(new Sealer.Key(2, NEW_SECRET), new Sealer.Key(1, SECRET), Sealer.hashKeyOf(SECRET));
        byte[] old = sealer.seal("怀孕", CONTEXT);
        assertThat(rotating.open(old, CONTEXT)).isEqualTo("怀孕");
        assertThat(rotating.open(formatOne("上环", CONTEXT), CONTEXT)).isEqualTo("上环");

        byte[] moved = rotating.reseal(old, CONTEXT);
        assertThat(Sealer.keyVersion(moved)).isEqualTo(2);
        assertThat(sealer(2, NEW_SECRET).open(moved, CONTEXT)).isEqualTo("怀孕");
        assertThat(rotating.reseal(moved, CONTEXT)).isSameAs(moved);
        assertThat(rotating.keyedHash("recovery:abc")).isEqualTo(sealer.keyedHash("recovery:abc"));
    }

    @Test
    void aValueUnderAKeyNoLongerConfiguredNamesTheSetting() {
        byte[] old = sealer.seal("怀孕", CONTEXT);
        assertThatThrownBy(() -> sealer(2, NEW_SECRET).open(old, CONTEXT))
                .hasMessageContaining("key version 1").hasMessageContaining("GONGGUAN_CRYPTO_PREVIOUS_KEY");
    }

    @Test
    void withAnExternalDatabaseTheSecretIsRequiredAndMustBeLongEnough() {
        assertThatThrownBy(() -> DevelopmentSecrets.generated(null, SealingKeys.KEY, SealingKeys.KEY_FILE, SealingKeys.PURPOSE)).hasMessageContaining("GONGGUAN_CRYPTO_KEY");
        assertThatThrownBy(() -> sealer(1, "short")).hasMessageContaining("at least 16");
    }

    @Test
    void theDevelopmentKeyFileIsOwnerOnlyAndKeptAcrossStarts(@TempDir Path folder) throws Exception {
        EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(folder.resolve("postgres"), false);
        String first = DevelopmentSecrets.generated(settings, SealingKeys.KEY, SealingKeys.KEY_FILE, SealingKeys.PURPOSE);
        Path file = folder.resolve("crypto.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(DevelopmentSecrets.generated(settings, SealingKeys.KEY, SealingKeys.KEY_FILE, SealingKeys.PURPOSE)).isEqualTo(first);
    }

    private static Sealer sealer(int version, String secret) {
        return new Sealer(new Sealer.Key(version, secret), null, Sealer.hashKeyOf(secret));
    }

    /** A value as the sealer wrote it before key versions: {@code 1 | nonce | ciphertext and tag}. */
    private static byte[] formatOne(String plain, String context) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        SecretKeySpec key = new SecretKeySpec(mac.doFinal("gongguan sealed data v1".getBytes(StandardCharsets.UTF_8)), "AES");
        byte[] nonce = new byte[12];
        nonce[0] = 42;
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + 12 + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
    }
}
