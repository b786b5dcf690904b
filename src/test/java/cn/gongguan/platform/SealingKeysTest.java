package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application records a check value of its key and refuses to start with another {@code GONGGUAN_CRYPTO_KEY},
 * naming the setting; a new key is taken only as a rotation from the key recorded last. The checks that record keys
 * run in a transaction rolled back at the end, so the shared database keeps the test application's own key.
 */
class SealingKeysTest extends IntegrationTest {

    private static final String FIRST = "the-first-key-of-this-installation";
    private static final String SECOND = "the-second-key-after-a-rotation";
    private static final String THIRD = "a-third-key-too-soon-after-that";

    @Autowired
    DatabaseOwner owner;
    @Autowired
    PlatformDatabase platform;
    @Autowired
    Sealer sealer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void theApplicationRecordedTheCheckValueOfItsKeyAtStart() {
        assertThat(sealer.currentVersion()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from platform.crypto_key where version = 1").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void startingWithAnotherKeyIsRefusedWithAMessageNamingTheSetting() {
        var noEmbedded = new StaticListableBeanFactory().getBeanProvider(EmbeddedPostgres.class);
        assertThatThrownBy(() -> new SealingKeys().sealer("not-the-key-this-database-knows", "",
                new DevelopmentSecrets(noEmbedded, new EmbeddedDatabaseSettings(null, false)), platform, owner))
                .hasMessageContaining("GONGGUAN_CRYPTO_KEY does not match the key this database's sensitive data "
                        + "is sealed with (key version 1)");
    }

    @Test
    void aNewKeyIsTakenOnlyAsARotationAndThePreviousKeyStaysUntilTheResealIsDone() throws SQLException {
        // as the database's superuser, which may empty the table for the length of this (rolled back) transaction
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("delete from platform.crypto_key");
                Sealer first = SealingKeys.check(connection, FIRST, null);
                byte[] value = first.seal("上环", "c");
                assertThat(first.currentVersion()).isEqualTo(1);
                assertThat(SealingKeys.check(connection, FIRST, null).currentVersion()).isEqualTo(1);

                assertThatThrownBy(() -> SealingKeys.check(connection, SECOND, null))
                        .hasMessageContaining("GONGGUAN_CRYPTO_KEY does not match").hasMessageContaining("version 1")
                        .hasMessageContaining("GONGGUAN_CRYPTO_PREVIOUS_KEY");
                Sealer rotating = SealingKeys.check(connection, SECOND, FIRST);
                assertThat(rotating.currentVersion()).isEqualTo(2);
                assertThat(rotating.previousVersion()).hasValue(1);
                assertThat(rotating.open(value, "c")).isEqualTo("上环");
                assertThat(rotating.keyedHash("recovery:k3vq7-m9tca")).isEqualTo(first.keyedHash("recovery:k3vq7-m9tca"));
                assertThat(SealingKeys.check(connection, SECOND, FIRST).currentVersion()).isEqualTo(2);

                assertThatThrownBy(() -> SealingKeys.check(connection, SECOND, null))
                        .hasMessageContaining("GONGGUAN_CRYPTO_PREVIOUS_KEY must hold key version 1");
                assertThatThrownBy(() -> SealingKeys.check(connection, FIRST, null))
                        .hasMessageContaining("GONGGUAN_CRYPTO_KEY is key version 1, but version 2 is the newest");
                assertThatThrownBy(() -> SealingKeys.check(connection, THIRD, SECOND))
                        .hasMessageContaining("re-seal from key version 1 to 2 has not finished");

                statement.execute("update platform.crypto_key set retired_at = now() where version = 1");
                Sealer rotated = SealingKeys.check(connection, SECOND, null);
                assertThat(rotated.previousVersion()).isEmpty();
                assertThat(rotated.keyedHash("recovery:k3vq7-m9tca")).isEqualTo(first.keyedHash("recovery:k3vq7-m9tca"));
                assertThatThrownBy(() -> SealingKeys.check(connection, "a-key-nobody-has-recorded", null))
                        .hasMessageContaining("GONGGUAN_CRYPTO_KEY does not match").hasMessageContaining("version 2");
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void noTenantCanReadTheKeysOrTheResealsProgress() {
        for (String table : List.of("crypto_key", "reseal_progress")) {
            assertThatThrownBy(() -> TenantContext.callAs(TenantCode.of("621227100"),
                    () -> new TransactionTemplate(transactionManager).execute(status -> entityManager
                            .createNativeQuery("select count(*) from platform." + table).getSingleResult())))
                    .as(table).hasStackTraceContaining("permission denied");
        }
    }
}
