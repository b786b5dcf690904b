package cn.gongguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/**
 * What operators and the cluster see over HTTP: probes and metrics on the management port, nothing else of the
 * actuator, and none of it on the users' port; the session timeout.
 */
class OperationsTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("tenants")
    HealthIndicator tenants;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theProbesTellAnAnonymousCallerTheStatusAndNoDetails() throws Exception {
        HttpResponse<String> readiness = management("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("\"tenants\"")
                .doesNotContain("\"failed\"").doesNotContain("\"rejectedFiles\"").doesNotContain("\"db\"");
        assertThat(management("/actuator/health/liveness").body()).contains("\"UP\"");
    }

    @Test
    void readinessIncludesTheTenantsMigrationState() {
        assertThat(context.getEnvironment().getProperty("management.endpoint.health.group.readiness.include"))
                .contains("tenants");
        Health health = tenants.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("upToDate", "migrated", "failed", "rejectedFiles");
    }

    @Test
    void prometheusShowsHttpJvmPoolAndTenantMigrationMetrics() throws Exception {
        get("/login");
        String metrics = management("/actuator/prometheus").body();
        assertThat(metrics)
                .contains("gongguan_tenant_migrations_total{application=\"gongguan\",outcome=\"migrated\"}")
                .contains("http_server_requests_seconds_count")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
    }

    @Test
    void noOtherActuatorEndpointIsReachable() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(management(endpoint).statusCode()).as(endpoint).isIn(302, 401, 403, 404);
            assertThat(management(endpoint).body()).as(endpoint).doesNotContain("spring.datasource");
        }
    }

    @Test
    void theUsersPortServesNoneOfTheActuator() throws Exception {
        for (String endpoint : new String[] {"/actuator/health/readiness", "/actuator/prometheus", "/actuator/env"}) {
            HttpResponse<String> response = get(endpoint);
            assertThat(response.statusCode()).as(endpoint).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(endpoint).doesNotContain("jvm_memory").doesNotContain("rejectedFiles")
                    .doesNotContain("spring.datasource");
        }
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutes() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
        assertThat(context.getEnvironment().getProperty("vaadin.close-idle-sessions", Boolean.class)).isTrue();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(port, path);
    }

    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return get(managementPort, path);
    }

    private HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
