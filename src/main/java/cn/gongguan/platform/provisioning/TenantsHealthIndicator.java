package cn.gongguan.platform.provisioning;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The tenants' migration state, part of the readiness probe. The replica stays ready when single tenants fail —
 * their users are told, and every other tenant works — but the failures and rejected files show in the details.
 */
@Component("tenants")
class TenantsHealthIndicator implements HealthIndicator {

    private final TenantReconciler reconciler;

    TenantsHealthIndicator(TenantReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Override
    public Health health() {
        return reconciler.lastReport()
                .map(report -> Health.up()
                        .withDetail("upToDate", report.upToDate())
                        .withDetail("migrated", report.migrated())
                        .withDetail("failed", report.failed())
                        .withDetail("rejectedFiles", report.rejected().stream().map(Object::toString).toList())
                        .build())
                .orElseGet(() -> Health.outOfService().withDetail("reconciliation", "running").build());
    }
}
