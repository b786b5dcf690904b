package cn.gongguan.registry;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.workbook.Cells;
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
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Imports persons from the registry's Excel template (the machinery is {@link WorkbookImport}'s). A person already
 * registered is left as it is, so running the same file twice registers nobody twice.
 */
@Service
public class PersonImport extends WorkbookImport<PersonDetails> {

    private final PersonRegistry registry;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;

    PersonImport(PersonRegistry registry, OrgUnits orgUnits, AuditTrail audit, RegistrySettings settings,
                 ImportThreads threads) {
        super(threads, settings.importMaxRows(), settings.importMaxSize());
        this.registry = registry;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    @Override
    protected List<TemplateColumn> columns() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::column).toList();
    }

    @Override
    protected String sheetKey() {
        return "nav.registry";
    }

    @Override
    protected List<String> noteKeys() {
        return List.of("import.hint");
    }

    @Override
    protected Run<PersonDetails> begin(Texts translate) {
        return new PersonRun(translate, Cells.units(orgUnits.names()));
    }

    /** One import under way; it remembers the ID numbers of the file so far. */
    private final class PersonRun implements Run<PersonDetails> {
        private final Texts translate;
        private final Map<String, String> units;
        /** The ID numbers of this file and the row each was first seen in: a second row with one is refused. */
        private final Map<String, Integer> seenInFile = new HashMap<>();

        PersonRun(Texts translate, Map<String, String> units) {
            this.translate = translate;
            this.units = units;
        }

        @Override
        public PersonDetails blank() {
            return new PersonDetails();
        }

        @Override
        public void read(ImportRow<PersonDetails> row) {
            for (ImportColumn column : ImportColumn.values()) {
                row.read(row.cell(column.ordinal()), text -> column.apply(row.details(), text, translate, units));
            }
        }

        /** Checks the rows as the registry would; those registered already are left out. */
        @Override
        public List<ImportRow<PersonDetails>> check(List<ImportRow<PersonDetails>> rows) {
            Set<String> registered = registry.registered(rows.stream()
                    .map(r -> r.details().getIdNumber().toUpperCase()).toList());
            List<ImportRow<PersonDetails>> valid = new ArrayList<>();
            for (ImportRow<PersonDetails> row : rows) {
                try {
                    String id = registry.validate(row.details()).value();
                    if (registered.contains(id)) {
                        continue;
                    }
                    Integer earlier = seenInFile.putIfAbsent(id, row.number());
                    if (earlier != null) {
                        row.refuse(new InvalidInputException("idNumber", "import.repeatedInFile", earlier));
                    } else {
                        row.details().setIdNumber(id);
                        valid.add(row);
                    }
                } catch (InvalidInputException refusal) {
                    row.refuse(refusal);
                }
            }
            return valid;
        }

        @Override
        public List<Outcome> write(List<ImportRow<PersonDetails>> rows) {
            registry.registerAll(rows.stream().map(ImportRow::details).toList());
            return rows.stream().map(r -> Outcome.ADDED).toList();
        }

        /** Registered meanwhile (the same file imported twice at once) is what it seems: already registered. */
        @Override
        public boolean writtenMeanwhile(ImportRow<PersonDetails> row) {
            String id = row.details().getIdNumber();
            return registry.registered(List.of(id)).contains(id);
        }

        @Override
        public void finished(ImportResult result) {
            audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.PERSONS_IMPORTED,
                    "persons", result.added() + " imported, " + result.unchanged() + " already registered, "
                            + result.rejected() + " rejected", null);
        }
    }
}
