package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TenantCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one reconciliation of the tenant files with the database did.
 *
 * @param failed   each tenant whose migration failed, with the reason
 * @param rejected the tenant files, or parts of them, that were rejected
 */
public record ReconciliationReport(int upToDate, int migrated, Map<TenantCode, String> failed,
                                   List<TenantFileProblem> rejected, Duration duration) {

    public ReconciliationReport {
        failed = Map.copyOf(failed);
        rejected = List.copyOf(rejected);
    }
}
