package cn.gongguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/** What operators and the cluster see over HTTP: probes, metrics, nothing else of the actuator; the session timeout. */
class OperationsTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessIncludesTheTenantsMigrationState() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"tenants\"").contains("\"failed\"").contains("\"rejectedFiles\"");
        assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
    }

    @Test
    void prometheusShowsHttpJvmPoolAndTenantMigrationMetrics() throws Exception {
        get("/login");
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics)
                .contains("gongguan_tenant_migrations_total{application=\"gongguan\",outcome=\"migrated\"}")
                .contains("http_server_requests_seconds_count")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
    }

    @Test
    void noOtherActuatorEndpointIsReachable() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(get(endpoint).statusCode()).as(endpoint).isIn(302, 401, 403, 404);
            assertThat(get(endpoint).body()).as(endpoint).doesNotContain("spring.datasource");
        }
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutes() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
        assertThat(context.getEnvironment().getProperty("vaadin.close-idle-sessions", Boolean.class)).isTrue();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
