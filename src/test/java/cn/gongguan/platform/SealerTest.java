package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Sealed values open only with the same key and for the same context, and never hold the clear text. */
class SealerTest {

    private static final EmbeddedDatabaseSettings EXTERNAL = new EmbeddedDatabaseSettings(null, false);

    private final Sealer sealer = sealer("a-secret-of-sufficient-length");

    @Test
    void aValueRoundTripsAndIsNotStoredInTheClear() {
        byte[] sealed = sealer.seal("上环；2026-03-01 查环", "t_621227100/person:1/REPRODUCTIVE_HEALTH");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("上环", "2026");
        assertThat(sealer.open(sealed, "t_621227100/person:1/REPRODUCTIVE_HEALTH")).isEqualTo("上环；2026-03-01 查环");
        assertThat(sealer.seal("上环", "c")).isNotEqualTo(sealer.seal("上环", "c"));
    }

    @Test
    void anotherContextAnotherKeyOrATamperedValueDoesNotOpen() {
        byte[] sealed = sealer.seal("怀孕", "t_621227100/person:1/REPRODUCTIVE_HEALTH");
        assertThatThrownBy(() -> sealer.open(sealed, "t_621227100/person:2/REPRODUCTIVE_HEALTH"))
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> sealer("another-secret-of-enough-length").open(sealed,
                "t_621227100/person:1/REPRODUCTIVE_HEALTH")).hasMessageContaining("does not open");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> sealer.open(sealed, "t_621227100/person:1/REPRODUCTIVE_HEALTH"))
                .hasMessageContaining("does not open");
    }

    @Test
    void withAnExternalDatabaseTheSecretIsRequiredAndMustBeLongEnough() {
        assertThatThrownBy(() -> sealer("")).hasMessageContaining("GONGGUAN_CRYPTO_KEY");
        assertThatThrownBy(() -> sealer("short")).hasMessageContaining("at least 16");
    }

    private static Sealer sealer(String secret) {
        ObjectProvider<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> none =
                new StaticListableBeanFactory().getBeanProvider(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class);
        return new Sealer(secret, none, EXTERNAL);
    }
}
