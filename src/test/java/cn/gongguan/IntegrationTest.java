package cn.gongguan;

import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.platform.DevelopmentMode;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one application context all integration tests share: the real application in development mode on a fresh
 * embedded PostgreSQL, with the shipped Huixian tenants reconciled and the demo users seeded, served on a random port
 * (and the probes and metrics on another).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongguan.embedded-db.data-directory=target/test-postgres/${random.uuid}",
        "gongguan.embedded-db.clean-on-start=true",
        "gongguan.demo.enabled=true",
        "management.server.port=0",
        // every test logs in from 127.0.0.1; LoginTest checks the throttle itself with a small limit
        "gongguan.security.login-attempts-per-minute=100000",
        // tests count the figures per unit when they need them (FigureRecount.recountDue), never behind their back
        "gongguan.figures.recount-delay=PT24H",
        // PersonIndexTest runs the person index's pass itself; the scheduled one would hold its lock meanwhile
        "gongguan.index.pass-delay=PT24H"
})
@ActiveProfiles(DevelopmentMode.PROFILE)
public abstract class IntegrationTest {

    /** The password of every demo user. */
    protected static final String DEMO_PASSWORD = "Gongguan@2026";

    @Autowired
    private DatabaseOwner owner;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private EntityManager entityManager;

    /**
     * Hand-written SQL as the database owner, for checks that reach past the application: into tenant schemas, or
     * at rows the runtime role is not granted. The application's own {@code JdbcClient} runs as the runtime role.
     */
    protected JdbcClient asOwner() {
        return JdbcClient.create(new DriverManagerDataSource(owner.url(), owner.username(), owner.password()));
    }

    /**
     * Hand-written SQL as a tenant's session runs it: in a tenant transaction, as the tenant's own database role with
     * its schema first. For isolation tests: the database must refuse what reaches into another tenant's data.
     */
    protected List<?> sqlAsTenant(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getResultList()));
    }
}
