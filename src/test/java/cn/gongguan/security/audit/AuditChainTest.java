package cn.gongguan.security.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.ui.AuditView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each tenant's audit events are hash-chained by the database; a tamperer who owns the table (and so can get round its
 * append-only trigger) and deletes or alters an event leaves a break that verification reports at the right event.
 * The tampering tests work on chains of their own (unused tenant codes), so the demo tenants' chains stay intact.
 */
class AuditChainTest extends UiTest {

    /** Tenant codes no tenant has: each test's own chain. */
    private static final AtomicInteger CHAINS = new AtomicInteger(699_990_100);

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChains chains;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgres postgres;

    @Nested
    class Chaining {

        @Test
        void eachEventCarriesItsPositionAndThePreviousEventsHash() {
            List<Long> ids = record(newChain(), 3);
            List<byte[]> hashes = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                var row = jdbc.sql("select chain_position, previous_hash, hash from platform.audit_event where id = ?")
                        .param(ids.get(i)).query().singleRow();
                assertThat(row.get("chain_position")).isEqualTo((long) i + 1);
                assertThat((byte[]) row.get("previous_hash")).isEqualTo(i == 0 ? null : hashes.get(i - 1));
                hashes.add((byte[]) row.get("hash"));
            }
        }

        @Test
        void eventsWrittenAtTheSameTimeFormOneUnbrokenChain() throws Exception {
            TenantCode chain = newChain();
            try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    done.add(writers.submit(() -> trail.record(chain, "writer", AuditAction.AUDIT_READ, null,
                            "concurrent " + n, null)));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }
            AuditChains.Verdict verdict = chains.verify(chain.value());
            assertThat(verdict.intact()).isTrue();
            assertThat(verdict.events()).isEqualTo(40);
        }

        @Test
        void aTenantRoleWithOnlyInsertStillExtendsItsChain() throws SQLException {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("set local role t_621227101");
                statement.execute("insert into platform.audit_event (tenant_code, actor, action) "
                        + "values ('621227101', 'chain test', 'AUDIT_READ')");
                connection.commit();
            }
            assertThat(chains.verify("621227101").intact()).isTrue();
        }

        @Test
        void noTenantCanReadOrMoveAChainsHead() throws SQLException {
            for (String sql : List.of("select count(*) from platform.audit_chain",
                    "update platform.audit_chain set position = 0 where chain = '621227101'")) {
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(false);
                    statement.execute("set local role t_621227101");
                    assertThatThrownBy(() -> statement.execute(sql)).as(sql).hasMessageContaining("permission denied");
                    connection.rollback();
                }
            }
        }
    }

    @Nested
    class Tampering {

        @Test
        void aDeletedEventIsReportedAtTheEventAfterIt() {
            TenantCode chain = newChain();
            List<Long> ids = record(chain, 5);
            asTableOwner("delete from platform.audit_event where id = " + ids.get(2));

            AuditChains.Verdict verdict = chains.verify(chain.value());

            assertThat(verdict.broken()).get().satisfies(b -> {
                assertThat(b.eventId()).isEqualTo(ids.get(3));
                assertThat(b.position()).isEqualTo(4);
                assertThat(b.kind()).isEqualTo(AuditChains.Break.LINK_BROKEN);
            });
        }

        @Test
        void anAlteredDetailIsReportedAtThatEvent() {
            TenantCode chain = newChain();
            List<Long> ids = record(chain, 5);
            asTableOwner("update platform.audit_event set detail = 'nothing to see' where id = " + ids.get(1));

            assertThat(chains.verify(chain.value()).broken()).get().satisfies(b -> {
                assertThat(b.eventId()).isEqualTo(ids.get(1));
                assertThat(b.kind()).isEqualTo(AuditChains.Break.ALTERED);
            });
        }

        @Test
        void anEventAlteredWithItsHashRecomputedBreaksTheNextLink() {
            TenantCode chain = newChain();
            List<Long> ids = record(chain, 4);
            asTableOwner("update platform.audit_event set detail = 'forged', hash = platform.audit_event_digest("
                    + "previous_hash, chain_position, id, at, tenant_code, actor, action, subject, 'forged', remote_addr)"
                    + " where id = " + ids.get(1));

            assertThat(chains.verify(chain.value()).broken()).get().satisfies(b -> {
                assertThat(b.eventId()).isEqualTo(ids.get(2));
                assertThat(b.kind()).isEqualTo(AuditChains.Break.LINK_BROKEN);
            });
        }

        @Test
        void theLastEventsRemovedAreReportedAgainstTheChainsHead() {
            TenantCode chain = newChain();
            List<Long> ids = record(chain, 4);
            asTableOwner("delete from platform.audit_event where id = " + ids.get(3));

            assertThat(chains.verify(chain.value()).broken()).get().satisfies(b -> {
                assertThat(b.eventId()).isEqualTo(ids.get(2));
                assertThat(b.kind()).isEqualTo(AuditChains.Break.END_MISSING);
            });
        }

        @Test
        void theCommandNamesTheBrokenChainAndExitsWithFailure() {
            TenantCode chain = newChain();
            List<Long> ids = record(chain, 3);
            asTableOwner("delete from platform.audit_event where id = " + ids.get(1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int status = AuditChainCommand.print(chains.verifyAll(), new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(status).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("audit chain " + chain.value() + ": BROKEN at event " + ids.get(2))
                    .contains("audit chain 621227100: intact");
        }
    }

    @Nested
    class Screen {

        @Test
        void theAuditAdministratorSeesTheUnitsChainIntactAndThenWhereItWasAltered() {
            trail.record(TenantCode.of("621227100"), "chain test", AuditAction.AUDIT_READ, null, "original", null);
            long id = jdbc.sql("select max(id) from platform.audit_event where tenant_code = '621227100'")
                    .query(Long.class).single();
            login("chengguan.auditor", AuditView.class);
            _click(_get(Button.class, spec -> spec.withId("audit-verify")));
            assertThat(result()).contains("审计链完整（621227100）").doesNotContain("断裂");

            asTableOwner("update platform.audit_event set detail = 'altered' where id = " + id);
            try {
                _click(_get(Button.class, spec -> spec.withId("audit-verify")));
                assertThat(result()).contains("审计链断裂（621227100）", "事件 " + id, "该事件的内容已被篡改");
            } finally {
                asTableOwner("update platform.audit_event set detail = 'original' where id = " + id);
            }
            assertThat(chains.verify("621227100").intact()).isTrue();
        }

        @Test
        void theCountysAuditAdministratorAlsoVerifiesThePlatformsChain() {
            login("county.auditor", AuditView.class);
            _click(_get(Button.class, spec -> spec.withId("audit-verify")));
            assertThat(result()).contains("审计链完整（621227）", "审计链完整（平台");
        }

        private String result() {
            return _get(Div.class, spec -> spec.withId("audit-chain-result")).getElement().getTextRecursively();
        }
    }

    private static TenantCode newChain() {
        return TenantCode.of(String.valueOf(CHAINS.getAndIncrement()));
    }

    private List<Long> record(TenantCode chain, int events) {
        for (int i = 0; i < events; i++) {
            trail.record(chain, "chain test", AuditAction.AUDIT_READ, "subject " + i, "detail " + i, "127.0.0.1");
        }
        return jdbc.sql("select id from platform.audit_event where tenant_code = ? order by chain_position")
                .param(chain.value()).query(Long.class).list();
    }

    /**
     * Runs a statement as the table's owner would to tamper with it: as a superuser with the triggers off
     * ({@code session_replication_role}), which gets round the append-only trigger.
     */
    private void asTableOwner(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
