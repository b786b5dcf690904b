package cn.gongguan.governance;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports a township's list of key locations kept in Excel (the machinery is {@link WorkbookImport}'s). A row is the
 * same location as an active one of the same name and kind: it updates that location where the file says otherwise,
 * and adds nothing, so a file imported again changes nothing. A name that an active location of another kind bears is
 * refused at the name, as the form refuses it.
 */
@Service
public class KeyLocationImport extends WorkbookImport<ImportedLocation> {

    /** A township has tens of key locations, hundreds at most. */
    private static final int MAX_ROWS = 5_000;
    private static final DataSize MAX_SIZE = DataSize.ofMegabytes(5);

    private final KeyLocations locations;
    private final KeyLocationImportWriter writer;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;

    KeyLocationImport(KeyLocations locations, KeyLocationImportWriter writer,
                      OrgUnits orgUnits, AuditTrail audit, ImportThreads threads) {
        super(threads, MAX_ROWS, MAX_SIZE);
        this.locations = locations;
        this.writer = writer;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    @Override
    protected List<TemplateColumn> columns() {
        return Arrays.stream(KeyLocationColumn.values()).map(KeyLocationColumn::column).toList();
    }

    @Override
    protected String sheetKey() {
        return "nav.keyLocations";
    }

    @Override
    protected List<String> noteKeys() {
        return List.of("keyLocation.import.hint", "keyLocation.import.kinds", "keyLocation.import.again");
    }

    @Override
    protected Run<ImportedLocation> begin(Texts translate) {
        KeyLocations.keeper();
        return new LocationRun(translate, Cells.units(orgUnits.names()));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** One import under way; it remembers the names of the file so far. */
    private final class LocationRun implements Run<ImportedLocation> {
        private final Texts translate;
        private final Map<String, String> units;
        /** The codes of the township's units, for checking the rows' units without asking the database again. */
        private final Set<String> unitCodes;
        /** Each name of the file (lower case) and the row it was first seen in. */
        private final Map<String, Integer> seenInFile = new HashMap<>();

        LocationRun(Texts translate, Map<String, String> units) {
            this.translate = translate;
            this.units = units;
            this.unitCodes = Set.copyOf(units.values());
        }

        @Override
        public ImportedLocation blank() {
            return new ImportedLocation();
        }

        @Override
        public void read(ImportRow<ImportedLocation> row) {
            for (KeyLocationColumn column : KeyLocationColumn.values()) {
                row.read(row.cell(column.ordinal()), text -> column.apply(row.details(), text, translate, units));
            }
        }

        /**
         * The details checked as the form checks them; a name twice in the file is refused the second time, a name
         * of an active location of another kind always. A row that changes nothing is left out (unchanged).
         */
        @Override
        public List<ImportRow<ImportedLocation>> check(List<ImportRow<ImportedLocation>> rows) {
            List<ImportRow<ImportedLocation>> readWell = new ArrayList<>();
            for (ImportRow<ImportedLocation> row : rows) {
                try {
                    KeyLocationDetails checked = locations.fields(row.details().details(), unitCodes::contains);
                    Integer earlier = seenInFile.putIfAbsent(key(checked.name()), row.number());
                    if (earlier != null) {
                        throw new InvalidInputException("name", "keyLocation.import.repeatedInFile", earlier);
                    }
                    row.details().checked = checked;
                    readWell.add(row);
                } catch (InvalidInputException refusal) {
                    row.refuse(refusal);
                }
            }
            Map<String, KeyLocation> existing = locations.activeNamed(
                    readWell.stream().map(r -> key(r.details().checked.name())).toList());
            List<ImportRow<ImportedLocation>> toWrite = new ArrayList<>();
            for (ImportRow<ImportedLocation> row : readWell) {
                KeyLocationDetails checked = row.details().checked;
                KeyLocation same = existing.get(key(checked.name()));
                if (same != null && same.getKind() != checked.kind()) {
                    row.refuse(new InvalidInputException("name", "keyLocation.import.otherKind",
                            translate.get(same.getKind().labelKey())));
                } else if (same == null || !same.holds(checked)) {
                    toWrite.add(row);
                }
            }
            return toWrite;
        }

        @Override
        public List<Outcome> write(List<ImportRow<ImportedLocation>> rows) {
            return writer.write(rows.stream().map(row -> row.details().checked).toList());
        }

        /** The same file imported twice at once: the other import wrote the location first. */
        @Override
        public boolean writtenMeanwhile(ImportRow<ImportedLocation> row) {
            String name = key(row.details().checked.name());
            return locations.activeNamed(List.of(name)).containsKey(name);
        }

        @Override
        public void finished(ImportResult result) {
            audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.KEY_LOCATIONS_IMPORTED,
                    "key_location", result.added() + " added, " + result.updated() + " updated, "
                            + result.unchanged() + " unchanged, " + result.rejected() + " rejected", null);
        }
    }
}
