package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantInitializer;
import cn.gongguan.platform.TenantSchemaMigrator;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * A second county tree for tests of what crosses tenants (测试二县 629970 and its township 二县镇 629970100), declared
 * and migrated once per test database next to the shipped Huixian tree.
 */
@Component
public class SecondCountyTree {

    public static final TenantCode COUNTY = TenantCode.of("629970");
    public static final TenantCode TOWNSHIP = TenantCode.of("629970100");

    private final DataSource dataSource;
    private final TenantRegistry registry;
    private final TenantSchemaMigrator migrator;
    private final List<TenantInitializer> initializers;
    private final TenantFingerprint fingerprint;
    private final MeterRegistry meters;

    SecondCountyTree(DataSource dataSource, TenantRegistry registry, TenantSchemaMigrator migrator,
                     List<TenantInitializer> initializers, TenantFingerprint fingerprint, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.migrator = migrator;
        this.initializers = initializers;
        this.fingerprint = fingerprint;
        this.meters = meters;
    }

    /** Declares and migrates the tree unless it is there already. */
    public synchronized void declare() throws Exception {
        if (registry.find(TOWNSHIP).map(Tenant::isReady).orElse(false)) {
            return;
        }
        Path tenants = Files.createTempDirectory("second-county");
        try {
            Files.copy(Path.of("tenants/621227-huixian.yaml"), tenants.resolve("621227-huixian.yaml"));
            Files.writeString(tenants.resolve("629970-test.yaml"), """
                    tenants:
                      - code: "629970"
                        name: 测试二县
                      - code: "629970100"
                        name: 二县镇
                        parent: "629970"
                    """);
            ReconciliationReport report = new TenantReconciler(dataSource, registry, migrator, initializers,
                    new ProvisioningSettings(tenants, 2), fingerprint, meters).reconcile();
            if (!report.failed().isEmpty()) {
                throw new IllegalStateException("the second county tree failed: " + report.failed());
            }
        } finally {
            try (var files = Files.list(tenants)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Files.delete(tenants);
        }
    }
}
