package cn.gongguan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lints and renders the Helm chart in {@code helm/gongguan} with the helm library embedded in helm-java
 * (no helm binary, no cluster).
 */
class HelmChartTest {

    private static final Path CHART = Path.of("helm", "gongguan");

    @Test
    void chartPassesStrictLint() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]"));
    }

    @Test
    void defaultCiValuesRenderAHardenedDeploymentWithProbesAndSecrets() {
        String manifests = render("default-values.yaml");

        assertThat(document(manifests, "Deployment"))
                .contains("image: gongguan/gongguan:0.1.0")
                .contains("replicas: 1")
                .contains("path: /actuator/health/readiness")
                .contains("path: /actuator/health/liveness")
                .containsPattern("name: management\\s+containerPort: 8081")
                .containsPattern("name: GONGGUAN_MANAGEMENT_PORT\\s+value: \"8081\"")
                .doesNotContain("GONGGUAN_FIRST_ADMIN_PASSWORD")
                .doesNotContain("port: http\n")
                .contains("startupProbe:")
                .contains("runAsNonRoot: true")
                .contains("runAsUser: 1001")
                .contains("readOnlyRootFilesystem: true")
                .contains("allowPrivilegeEscalation: false")
                .contains("mountPath: /tmp")
                .contains("mountPath: /etc/gongguan/tenants")
                .contains("name: GONGGUAN_TENANTS_DIR")
                .contains("name: GONGGUAN_CRYPTO_KEY")
                .containsPattern("name: GONGGUAN_INDEX_KEY\\s+valueFrom:\\s+secretKeyRef:\\s+"
                        + "name: release-gongguan-index\\s+key: key")
                .containsPattern("name: GONGGUAN_INDEX_KEY_VERSION\\s+value: \"1\"")
                .contains("name: SPRING_DATASOURCE_URL")
                .contains("name: release-gongguan-database")
                .containsPattern("name: GONGGUAN_DATABASE_OWNER_USERNAME\\s+valueFrom:\\s+secretKeyRef:\\s+"
                        + "name: release-gongguan-database\\s+key: ownerUsername")
                .containsPattern("name: GONGGUAN_DATABASE_OWNER_PASSWORD\\s+valueFrom:\\s+secretKeyRef:\\s+"
                        + "name: release-gongguan-database\\s+key: ownerPassword")
                .containsPattern("name: SERVER_FORWARD_HEADERS_STRATEGY\\s+value: \"native\"")
                .containsPattern("name: SERVER_SERVLET_SESSION_COOKIE_SECURE\\s+value: \"true\"")
                .doesNotContain("GONGGUAN_DEMO_ENABLED")
                .contains("checksum/tenants:")
                .containsPattern("name: JAVA_TOOL_OPTIONS\\s+value: \"-XX:MaxRAMPercentage=75\"");
        assertThat(document(manifests, "Service")).contains("targetPort: http").doesNotContain("management");
        assertThat(manifests).contains("ownerUsername: \"Z29uZ2d1YW5fb3duZXI=\"");
        assertThat(manifests)
                .contains("kind: Secret")
                .doesNotContain("kind: Ingress")
                .doesNotContain("kind: HorizontalPodAutoscaler")
                .doesNotContain("kind: PodDisruptionBudget");
    }

    @Test
    void theManagementPortIsOpenOnlyToTheNamespaceAndTheMonitoringNamespaceByDefault() {
        String policy = document(render("default-values.yaml"), "NetworkPolicy");

        assertThat(policy)
                .containsPattern("podSelector:\\s+matchLabels:\\s+app.kubernetes.io/name: gongguan")
                .containsPattern("- ports:\\s+- port: http\\s+protocol: TCP\\s+# the probes")
                .containsPattern("- ports:\\s+- port: management\\s+protocol: TCP\\s+from:\\s+- podSelector: \\{}\\s+"
                        + "- namespaceSelector:\\s+matchLabels:\\s+kubernetes.io/metadata.name: monitoring");
    }

    @Test
    void theNetworkPolicyTakesItsPeersFromTheValuesAndCanBeTurnedOff() {
        String policy = document(render("ha-values.yaml"), "NetworkPolicy");
        assertThat(policy)
                .doesNotContain("podSelector: {}")
                .doesNotContain("metadata.name: monitoring")
                .containsPattern("from:\\s+- namespaceSelector:\\s+matchLabels:\\s+kubernetes.io/metadata.name: observability"
                        + "\\s+podSelector:\\s+matchLabels:\\s+app.kubernetes.io/name: prometheus");

        String withoutPolicy = new Helm(CHART).template()
                .withName("release")
                .withValuesFile(CHART.resolve("ci").resolve("default-values.yaml"))
                .set("networkPolicy.enabled", "false")
                .call();
        assertThat(withoutPolicy).doesNotContain("kind: NetworkPolicy");
    }

    @Test
    void aPlainHttpTestInstallMayTurnTheSecureCookieOff() {
        String deployment = document(new Helm(CHART).template()
                .withName("release")
                .withValuesFile(CHART.resolve("ci").resolve("default-values.yaml"))
                .set("proxy.secureSessionCookie", "false")
                .set("proxy.forwardHeadersStrategy", "none")
                .call(), "Deployment");
        assertThat(deployment)
                .containsPattern("name: SERVER_SERVLET_SESSION_COOKIE_SECURE\\s+value: \"false\"")
                .containsPattern("name: SERVER_FORWARD_HEADERS_STRATEGY\\s+value: \"none\"");
    }

    @Test
    void theRuntimeAndTheOwnerRoleMustDiffer() {
        assertThatThrownBy(() -> new Helm(CHART).template()
                        .withName("release")
                        .withValuesFile(CHART.resolve("ci").resolve("default-values.yaml"))
                        .set("database.owner.username", "gongguan")
                        .call())
                .hasMessageContaining("database.username (the runtime role) must differ from database.owner.username");
    }

    @Test
    void tenantConfigMapCarriesTheRepositoryTenantFiles() {
        String configMap = document(render("default-values.yaml"), "ConfigMap");

        assertThat(configMap)
                .contains("621227-huixian.yaml:")
                .contains("621227");
    }

    @Test
    void haCiValuesRenderStickyTlsIngressAutoscalingAndExistingSecrets() {
        String manifests = render("ha-values.yaml");

        assertThat(document(manifests, "Ingress"))
                .contains("nginx.ingress.kubernetes.io/affinity: cookie")
                .contains("ingressClassName: nginx")
                .contains("secretName: gongguan-tls")
                .contains("host: \"gongguan.example.cn\"");
        assertThat(document(manifests, "HorizontalPodAutoscaler")).contains("minReplicas: 3");
        assertThat(document(manifests, "PodDisruptionBudget")).contains("minAvailable: 1");
        assertThat(document(manifests, "Service")).contains("sessionAffinity: ClientIP");
        assertThat(document(manifests, "Deployment"))
                .doesNotContain("replicas:")
                .contains("name: gongguan-database")
                .contains("name: gongguan-crypto")
                .containsPattern("name: GONGGUAN_INDEX_KEY\\s+valueFrom:\\s+secretKeyRef:\\s+name: gongguan-index")
                .containsPattern("name: GONGGUAN_INDEX_KEY_VERSION\\s+value: \"2\"")
                .containsPattern("name: GONGGUAN_FIRST_ADMIN_PASSWORD\\s+valueFrom:\\s+secretKeyRef:\\s+name: gongguan-first-admin")
                .contains("prometheus.io/scrape: \"true\"")
                .contains("prometheus.io/path: \"/actuator/prometheus\"")
                .contains("prometheus.io/port: \"8081\"");
        assertThat(manifests).doesNotContain("kind: Secret");
    }

    @Test
    void renderingWithoutDatabaseUrlFailsWithAClearMessage() {
        assertThatThrownBy(() -> new Helm(CHART).template()
                        .withName("release")
                        .set("crypto.key", "some-key")
                        .call())
                .hasMessageContaining("set database.url");
    }

    @Test
    void renderingWithoutCryptoKeyFailsWithAClearMessage() {
        assertThatThrownBy(() -> new Helm(CHART).template()
                        .withName("release")
                        .set("database.url", "jdbc:postgresql://postgres:5432/gongguan")
                        .call())
                .hasMessageContaining("set crypto.key");
    }

    @Test
    void renderingWithoutIndexKeyFailsWithAClearMessage() {
        assertThatThrownBy(() -> new Helm(CHART).template()
                        .withName("release")
                        .set("database.url", "jdbc:postgresql://postgres:5432/gongguan")
                        .set("database.owner.username", "gongguan_owner")
                        .set("crypto.key", "some-key-0123456789")
                        .call())
                .hasMessageContaining("set index.key");
    }

    @Test
    void aKeyRotationPassesThePreviousKeyThroughTheSecret() {
        String manifests = new Helm(CHART).template()
                .withName("release")
                .withValuesFile(CHART.resolve("ci").resolve("default-values.yaml"))
                .set("crypto.previousKey", "the-key-being-retired")
                .call();
        assertThat(document(manifests, "Deployment"))
                .containsPattern("name: GONGGUAN_CRYPTO_PREVIOUS_KEY\\s+valueFrom:\\s+secretKeyRef:\\s+"
                        + "name: release-gongguan-crypto\\s+key: previousKey\\s+optional: true");
        assertThat(manifests).contains("previousKey: \"dGhlLWtleS1iZWluZy1yZXRpcmVk\"");
    }

    private static String render(String ciValuesFile) {
        return new Helm(CHART).template()
                .withName("release")
                .withNamespace("gongguan")
                .withValuesFile(CHART.resolve("ci").resolve(ciValuesFile))
                .call();
    }

    /** The single rendered document of the given kind. */
    private static String document(String manifests, String kind) {
        List<String> documents = Arrays.stream(manifests.split("(?m)^---\\s*$"))
                .filter(document -> document.contains("\nkind: " + kind + "\n"))
                .toList();
        assertThat(documents).as("documents of kind %s", kind).hasSize(1);
        return documents.getFirst();
    }
}
