package cn.gongguan.enterprise;

import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.workbook.ImportThreads;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes the import of one enterprise's staff list: the enterprise is the import's, not a column of the file. */
@Service
public class StaffImports {

    private final EnterpriseRepository enterprises;
    private final StaffWriter writer;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final Today today;
    private final EnterpriseSettings settings;
    private final ImportThreads threads;

    StaffImports(EnterpriseRepository enterprises, StaffWriter writer, Divisions divisions, AuditTrail audit,
                 Today today, EnterpriseSettings settings, ImportThreads threads) {
        this.enterprises = enterprises;
        this.writer = writer;
        this.divisions = divisions;
        this.audit = audit;
        this.today = today;
        this.settings = settings;
        this.threads = threads;
    }

    /** An import into the enterprise's staff list, for the logged-in keeper. */
    @Transactional(readOnly = true)
    public StaffImport forEnterprise(long enterpriseId) {
        EnterpriseAccess.keeper();
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new AccessDeniedException("No enterprise " + enterpriseId));
        return new StaffImport(enterprise.getId(), writer, divisions, audit, today, threads, settings.importMaxRows(),
                settings.importMaxSize());
    }
}
