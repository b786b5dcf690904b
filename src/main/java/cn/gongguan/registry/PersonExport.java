package cn.gongguan.registry;

import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the persons matching a filter to an Excel workbook, streaming page by page so that a large registry never
 * sits in memory. The export carries full ID numbers (officials work with them in Excel), so it is audited.
 */
@Service
public class PersonExport {

    /** Persons read per query. */
    static final int PAGE = 1000;

    private final PersonRepository persons;
    private final OrgUnits orgUnits;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final EntityManager entityManager;

    PersonExport(PersonRepository persons, OrgUnits orgUnits, Divisions divisions,
                 AuditTrail audit, EntityManager entityManager) {
        this.persons = persons;
        this.orgUnits = orgUnits;
        this.divisions = divisions;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * Writes the workbook.
     *
     * @param translate turns a translation key into the user's language, for headers and labels
     * @return the number of persons written
     */
    @Transactional // not read-only: the audit event is written in the same transaction
    public int write(PersonFilter filter, Texts translate, OutputStream out) throws IOException {
        PersonFilter scoped = PersonRegistry.scoped(filter);
        Map<String, String> units = orgUnits.active().stream().collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName));
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
        audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.PERSONS_EXPORTED,
                "persons", written + " rows; " + filter, null);
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
