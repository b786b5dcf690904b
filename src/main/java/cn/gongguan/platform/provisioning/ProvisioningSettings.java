package cn.gongguan.platform.provisioning;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the tenant tree files are and how many tenants are migrated at once.
 *
 * @param directory        the folder of {@code *.yaml} tenant tree files (a ConfigMap in Kubernetes)
 * @param migrationWorkers tenants migrated in parallel; each holds one database connection meanwhile
 */
@ConfigurationProperties("gongguan.tenants")
record ProvisioningSettings(@DefaultValue("tenants") Path directory, @DefaultValue("4") int migrationWorkers) {
}
