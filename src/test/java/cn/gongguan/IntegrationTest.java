package cn.gongguan;

import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.platform.DevelopmentMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

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
        "gongguan.security.login-attempts-per-minute=100000"
})
@ActiveProfiles(DevelopmentMode.PROFILE)
public abstract class IntegrationTest {

    /** The password of every demo user. */
    protected static final String DEMO_PASSWORD = "Gongguan@2026";

    @Autowired
    private DatabaseOwner owner;

    /**
     * Hand-written SQL as the database owner, for checks that reach past the application: into tenant schemas, or
     * at rows the runtime role is not granted. The application's own {@code JdbcClient} runs as the runtime role.
     */
    protected JdbcClient asOwner() {
        return JdbcClient.create(new DriverManagerDataSource(owner.url(), owner.username(), owner.password()));
    }
}
