package cn.gongguan.registry;

import cn.gongguan.platform.Input;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the persons matching a filter to an Excel workbook, streaming page by page so that a large registry never
 * sits in memory. The export carries full ID numbers (officials work with them in Excel), so it is audited whatever
 * happens: recorded (who, filter, how many, why) in a transaction of its own before the first byte is written, so that
 * a download that fails or is cancelled still leaves its record, and its completion or abortion afterwards. An export
 * of more persons than the configured number needs a reason.
 */
@Service
public class PersonExport {

    /** Persons read per query. */
    static final int PAGE = 1000;
    /** The longest reason kept with an export. */
    public static final int REASON_LENGTH = 500;

    private final PersonRepository persons;
    private final OrgUnits orgUnits;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final RegistrySettings settings;
    private final TransactionTemplate tenantReads;
    private final TransactionTemplate platformWrites;

    PersonExport(PersonRepository persons, OrgUnits orgUnits, Divisions divisions, AuditTrail audit,
                 EntityManager entityManager, RegistrySettings settings, PlatformTransactionManager transactions,
                 @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager platformTransactions) {
        this.persons = persons;
        this.orgUnits = orgUnits;
        this.divisions = divisions;
        this.audit = audit;
        this.entityManager = entityManager;
        this.settings = settings;
        this.tenantReads = new TransactionTemplate(transactions);
        this.tenantReads.setReadOnly(true);
        this.platformWrites = new TransactionTemplate(platformTransactions);
        this.platformWrites.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How many persons an export of the filter would write, as the user may see them. */
    @Transactional(readOnly = true)
    public int count(PersonFilter filter) {
        return (int) persons.count(PersonRegistry.scoped(filter).specification());
    }

    /** Whether an export of so many persons needs a reason. */
    public boolean needsReason(int count) {
        return count > settings.exportReasonAbove();
    }

    /**
     * The reason as kept with an export of {@code count} persons (stripped, null when none), refused at the field
     * {@code reason} when such an export needs one and it is missing, or when it is longer than
     * {@value #REASON_LENGTH} characters. The export dialog asks this as the reason is typed.
     */
    public String reason(int count, String reason) {
        String why = Input.stripped(reason);
        if (needsReason(count) && why == null) {
            throw new InvalidInputException("reason", "export.reasonRequired", settings.exportReasonAbove());
        }
        if (why != null && why.codePointCount(0, why.length()) > REASON_LENGTH) {
            throw new InvalidInputException("reason", "validation.tooLong", REASON_LENGTH);
        }
        return why;
    }

    /**
     * Writes the workbook.
     *
     * @param reason    why the persons are exported; required for more than the configured number, else optional
     * @param translate turns a translation key into the user's language, for headers and labels
     * @return the number of persons written
     */
    public int write(PersonFilter filter, String reason, Texts translate, OutputStream out) throws IOException {
        PersonFilter scoped = PersonRegistry.scoped(filter);
        String actor = CurrentUser.get().getUsername();
        int count = tenantReads.execute(status -> (int) persons.count(scoped.specification()));
        String why = reason(count, reason);
        TenantCode tenant = TenantContext.current();
        record(tenant, actor, AuditAction.PERSONS_EXPORTED, count + " persons; " + filter
                + (why == null ? "" : "; reason: " + why));
        int written;
        try {
            written = tenantReads.execute(status -> {
                try {
                    return writeWorkbook(scoped, translate, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException failed) {
            // The kind of failure only: a database message may quote personal data.
            Throwable cause = failed instanceof UncheckedIOException io ? io.getCause() : failed;
            record(tenant, actor, AuditAction.PERSONS_EXPORT_ABORTED, "failed: " + cause.getClass().getSimpleName());
            if (cause instanceof IOException io) {
                throw io;
            }
            throw failed;
        }
        record(tenant, actor, AuditAction.PERSONS_EXPORT_COMPLETED, written + " persons written");
        return written;
    }

    /** In a transaction of its own, committed at once: it stands whatever happens to the download. */
    private void record(TenantCode tenant, String actor, AuditAction action, String detail) {
        platformWrites.executeWithoutResult(status -> audit.record(tenant, actor, action, "persons", detail, null));
    }

    private int writeWorkbook(PersonFilter scoped, Texts translate, OutputStream out) throws IOException {
        Map<String, String> units = orgUnits.names();
        List<Column> columns = columns(units);
        int written = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(translate.get("nav.registry"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(translate.get(columns.get(i).key()));
            }
            List<Person> page;
            long after = 0;
            do {
                page = nextPage(scoped.specification(), after);
                for (Person person : page) {
                    after = person.getId();
                    Row row = sheet.createRow(++written);
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = columns.get(i).value().apply(person);
                        if (value instanceof LocalDate day) {
                            row.createCell(i).setCellValue(day);
                            row.getCell(i).setCellStyle(date);
                        } else if (value instanceof Number n) {
                            row.createCell(i).setCellValue(n.doubleValue());
                        } else if (value instanceof Labelled label) {
                            row.createCell(i).setCellValue(translate.get(label.labelKey()));
                        } else if (value != null) {
                            row.createCell(i).setCellValue(value.toString());
                        }
                    }
                }
                entityManager.clear();
            } while (page.size() == PAGE);
            workbook.write(out);
        }
        return written;
    }

    /**
     * The next page of persons after the id, by id: each page starts where the last ended (an index range), where
     * an offset would read and skip every earlier row again, and no page asks for a count.
     */
    private List<Person> nextPage(Specification<Person> matching, long after) {
        Specification<Person> afterId = (person, query, where) -> where.greaterThan(person.get("id"), after);
        return persons.findBy(matching.and(afterId), rows -> rows.sortBy(Sort.by("id")).limit(PAGE).all());
    }

    private List<Column> columns(Map<String, String> units) {
        return List.of(
                new Column("person.name", Person::getName),
                new Column("person.idNumber", p -> p.getIdNumber().value()),
                new Column("person.sex", Person::getSex),
                new Column("person.birthDate", Person::getBirthDate),
                new Column("person.phone", Person::getPhone),
                new Column("person.registrationPlace",
                        p -> divisions.find(p.getRegistrationPlace()).map(Division::fullName).orElse(p.getRegistrationPlace())),
                new Column("person.registrationPlaceCode", Person::getRegistrationPlace),
                new Column("person.orgUnit", p -> p.getOrgUnit() == null ? null : units.getOrDefault(p.getOrgUnit(), p.getOrgUnit())),
                new Column("person.arrivalDate", Person::getArrivalDate),
                new Column("person.flowType", Person::getFlowType),
                new Column("person.certificateChecked", p -> p.isCertificateChecked() ? Checked.YES : Checked.NO));
    }

    private record Column(String key, Function<Person, Object> value) {
    }

    private enum Checked implements Labelled {
        YES,
        NO;

        @Override
        public String labelKey() {
            return this == YES ? "registry.certificateChecked" : "registry.certificateUnchecked";
        }
    }
}
