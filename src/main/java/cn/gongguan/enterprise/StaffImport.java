package cn.gongguan.enterprise;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.util.unit.DataSize;

/**
 * Imports an enterprise's staff list as the enterprise keeps it in Excel (the machinery is {@link WorkbookImport}'s).
 * Each row is linked to the registry person of its ID number; someone the registry does not know is registered as an
 * inflow person working there, and lands on the visit worklist (一访) like any newcomer. An employment is the person
 * and the day hired, so a list imported again adds nothing, and a later list with a leaving day marks who left. The
 * women of childbearing age on the payroll whose certificate is not checked are put on the enterprise contact's
 * certificate task (see {@link EnterpriseTasks#collectCertificates}).
 */
public class StaffImport extends WorkbookImport<StaffRow> {

    private final long enterpriseId;
    private final StaffWriter writer;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final Today today;
    private final AtomicInteger newcomers = new AtomicInteger();
    private final AtomicInteger certificatesAsked = new AtomicInteger();

    StaffImport(long enterpriseId, StaffWriter writer, Divisions divisions, AuditTrail audit, Today today,
                ImportThreads threads, int maxRows, DataSize maxSize) {
        super(threads, maxRows, maxSize);
        this.enterpriseId = enterpriseId;
        this.writer = writer;
        this.divisions = divisions;
        this.audit = audit;
        this.today = today;
    }

    /** Newcomers this import registered (they await their visit). */
    public int newcomers() {
        return newcomers.get();
    }

    /** Staff this import put on the contact's certificate task. */
    public int certificatesAsked() {
        return certificatesAsked.get();
    }

    @Override
    protected List<TemplateColumn> columns() {
        return Arrays.stream(StaffColumn.values()).map(StaffColumn::column).toList();
    }

    @Override
    protected String sheetKey() {
        return "enterprise.staff.sheet";
    }

    @Override
    protected List<String> noteKeys() {
        return List.of("enterprise.import.hint", "enterprise.import.newcomers", "enterprise.import.again");
    }

    @Override
    protected Run<StaffRow> begin(Texts translate) {
        EnterpriseAccess.keeper();
        return new StaffRun(translate);
    }

    /** One import under way; it remembers the townships it resolved and the employments of the file so far. */
    private final class StaffRun implements Run<StaffRow> {
        private final Texts translate;
        /** A registration place cell's text → its township's code, or a refusal's key (unknown, ambiguous). */
        private final Map<String, String> townships = new HashMap<>();
        /** Each employment of the file (ID number and day hired) and the row it was first seen in. */
        private final Map<String, Integer> seenInFile = new HashMap<>();

        StaffRun(Texts translate) {
            this.translate = translate;
        }

        @Override
        public StaffRow blank() {
            return new StaffRow();
        }

        @Override
        public void read(ImportRow<StaffRow> row) {
            for (StaffColumn column : StaffColumn.values()) {
                row.read(row.cell(column.ordinal()),
                        text -> column.apply(row.details(), text, translate, this::township));
            }
        }

        /** The township a cell names (each text looked up once per import: a name is matched over every township). */
        private String township(String text) {
            return townships.computeIfAbsent(text, cell -> divisions.townshipIn("registrationPlace", cell));
        }

        /** The ID numbers as the registry keeps them, the days and the sex checked; an employment twice is refused. */
        @Override
        public List<ImportRow<StaffRow>> check(List<ImportRow<StaffRow>> rows) {
            List<ImportRow<StaffRow>> valid = new ArrayList<>();
            for (ImportRow<StaffRow> row : rows) {
                try {
                    StaffRow staff = row.details();
                    IdNumber id = IdNumber.parse(staff.person.getIdNumber(), today.date());
                    id.crossCheck(null, staff.sex);
                    StaffWriter.checkDays(staff, today.date());
                    Integer earlier = seenInFile.putIfAbsent(id.value() + "/" + staff.hiredOn, row.number());
                    if (earlier != null) {
                        row.refuse(new InvalidInputException("hiredOn", "enterprise.import.repeatedInFile", earlier));
                    } else {
                        staff.person.setIdNumber(id.value());
                        valid.add(row);
                    }
                } catch (InvalidInputException refusal) {
                    row.refuse(refusal);
                }
            }
            writer.markNewcomers(valid.stream().map(ImportRow::details).toList());
            return valid;
        }

        @Override
        public List<Outcome> write(List<ImportRow<StaffRow>> rows) {
            StaffWriter.Written written = writer.write(enterpriseId, rows.stream().map(ImportRow::details).toList(),
                    translate.get("enterprise.task.certificatesTitle"));
            newcomers.addAndGet(written.newcomers());
            certificatesAsked.addAndGet(written.certificatesAsked());
            return written.outcomes();
        }

        /** Written meanwhile (the same list imported twice at once) is what it seems: there already. */
        @Override
        public boolean writtenMeanwhile(ImportRow<StaffRow> row) {
            return writer.recorded(enterpriseId, row.details());
        }

        @Override
        public void finished(ImportResult result) {
            audit.record(TenantContext.current(), CurrentUser.get().getUsername(),
                    AuditAction.ENTERPRISE_STAFF_IMPORTED, Enterprises.subject(enterpriseId),
                    result.added() + " added, " + result.updated() + " left, " + result.unchanged()
                            + " already recorded, " + result.rejected() + " rejected, " + newcomers()
                            + " newcomers registered", null);
        }
    }
}
