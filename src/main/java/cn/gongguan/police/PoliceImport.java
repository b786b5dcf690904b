package cn.gongguan.police;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.workbook.ImportResult;
import cn.gongguan.workbook.ImportRow;
import cn.gongguan.workbook.ImportThreads;
import cn.gongguan.workbook.TemplateColumn;
import cn.gongguan.workbook.WorkbookImport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/**
 * Imports one station's report for one month from the file the station sent (Excel, or CSV as their systems export
 * it), through {@link WorkbookImport}'s machinery: every good row is matched and kept, every bad one returned at its
 * cell. A row is the same when its kind and ID number are, so the same file imported again adds nothing. Made for
 * one slot by {@link PoliceImports}.
 */
public final class PoliceImport extends WorkbookImport<ImportedRow> {

    private final long stationId;
    private final YearMonth month;
    private final PoliceReports reports;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final LocalDate today;

    PoliceImport(long stationId, YearMonth month, PoliceReports reports, Divisions divisions, AuditTrail audit,
                 LocalDate today, ImportThreads threads, int maxRows, DataSize maxSize) {
        super(threads, maxRows, maxSize);
        this.stationId = stationId;
        this.month = month;
        this.reports = reports;
        this.divisions = divisions;
        this.audit = audit;
        this.today = today;
    }

    @Override
    public boolean acceptsCsv() {
        return true;
    }

    @Override
    protected List<TemplateColumn> columns() {
        return Arrays.stream(PoliceColumn.values()).map(PoliceColumn::column).toList();
    }

    @Override
    protected String sheetKey() {
        return "police.import.sheet";
    }

    @Override
    protected List<String> noteKeys() {
        return List.of("police.import.kinds", "police.import.newArrivals", "police.import.again");
    }

    @Override
    protected Run<ImportedRow> begin(Texts translate) {
        PoliceReports.user();
        reports.checkOpen(month);
        return new ReportRun(translate);
    }

    /** One import under way; it remembers the townships it resolved and the rows of the file so far. */
    private final class ReportRun implements Run<ImportedRow> {
        private final Texts translate;
        /** A registration place cell's text → its township's code, or a refusal's key (unknown, ambiguous). */
        private final Map<String, String> townships = new HashMap<>();
        /** Each row of the file (kind and ID number) and the row it was first seen in. */
        private final Map<String, Integer> seenInFile = new HashMap<>();

        ReportRun(Texts translate) {
            this.translate = translate;
        }

        @Override
        public ImportedRow blank() {
            return new ImportedRow();
        }

        /** Reads every cell, and checks those a row needs on their own, so that each wrong cell is marked. */
        @Override
        public void read(ImportRow<ImportedRow> row) {
            for (PoliceColumn column : PoliceColumn.values()) {
                row.read(row.cell(column.ordinal()), text -> column.apply(row.details(), text, translate,
                        this::township));
            }
            ImportedRow read = row.details();
            // a cell refused already (too long) is not refused twice
            if (read.idNumber != null) {
                row.read(read.idNumber, text -> read.idNumber = IdNumber.parse(text, today).value());
            }
            if (read.name != null) {
                row.read(read.name, text -> PoliceColumn.required("name", text));
            }
            if (row.cell(PoliceColumn.DAY.ordinal()).isEmpty() || read.day != null) {
                row.read(null, ignored -> reports.checkDay(read.day, month));
            }
        }

        /** The township a cell names (each text looked up once per import: a name is matched over every township). */
        private String township(String text) {
            return townships.computeIfAbsent(text, cell -> divisions.townshipIn("registrationPlace", cell));
        }

        /** The rows as stored; a row twice in the file is refused the second time. */
        @Override
        public List<ImportRow<ImportedRow>> check(List<ImportRow<ImportedRow>> rows) {
            List<ImportRow<ImportedRow>> valid = new ArrayList<>();
            for (ImportRow<ImportedRow> row : rows) {
                try {
                    RowInput checked = reports.check(row.details().input(), month);
                    Integer earlier = seenInFile.putIfAbsent(checked.kind() + "/" + checked.idNumber(), row.number());
                    if (earlier != null) {
                        row.refuse(new InvalidInputException("idNumber", "police.import.repeatedInFile", earlier));
                    } else {
                        valid.add(row);
                    }
                } catch (InvalidInputException refusal) {
                    row.refuse(refusal);
                }
            }
            return valid;
        }

        @Override
        public List<Outcome> write(List<ImportRow<ImportedRow>> rows) {
            return reports.writeImported(stationId, month, inputs(rows));
        }

        @Override
        public boolean writtenMeanwhile(ImportRow<ImportedRow> row) {
            return reports.holds(stationId, month, checked(row));
        }

        private List<RowInput> inputs(List<ImportRow<ImportedRow>> rows) {
            return rows.stream().map(this::checked).toList();
        }

        private RowInput checked(ImportRow<ImportedRow> row) {
            return reports.check(row.details().input(), month);
        }

        @Override
        public void finished(ImportResult result) {
            audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.POLICE_REPORT_IMPORTED,
                    "police_station:" + stationId, month + ": " + result.added() + " rows added, "
                            + result.unchanged() + " already in the report, " + result.rejected() + " rejected", null);
        }
    }
}
