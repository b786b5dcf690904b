package cn.gongguan.police;

import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.workbook.ImportThreads;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/** Makes the import of one station's report for one month: each slot of the reports page has its own. */
@Service
public class PoliceImports {

    /** A station's month holds some hundreds of rows; the bound keeps a wrong file from running long. */
    static final int MAX_ROWS = 5_000;
    static final DataSize MAX_SIZE = DataSize.ofMegabytes(5);

    private final PoliceReports reports;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final Today today;
    private final ImportThreads threads;

    PoliceImports(PoliceReports reports, Divisions divisions, AuditTrail audit, Today today, ImportThreads threads) {
        this.reports = reports;
        this.divisions = divisions;
        this.audit = audit;
        this.today = today;
        this.threads = threads;
    }

    public PoliceImport of(long stationId, YearMonth month) {
        return new PoliceImport(stationId, month, reports, divisions, audit, today.date(), threads, MAX_ROWS,
                MAX_SIZE);
    }
}
