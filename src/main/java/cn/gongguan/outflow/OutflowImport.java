package cn.gongguan.outflow;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
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
 * Imports an outflow list as townships keep it in Excel (the machinery is {@link WorkbookImport}'s): each row a
 * person and a trip, registered as a departure would be, from the import ({@link TripSource#IMPORT}). A trip is the
 * same when the person and the day of leaving are, so a file imported again adds nothing; a return day in the file
 * closes the trip. A late declaration is taken as it was and counted late.
 */
@Service
public class OutflowImport extends WorkbookImport<ImportedTrip> {

    /** What a destination cell says for a destination nobody knows (去向不明), in either language. */
    static final Set<String> UNKNOWN_DESTINATION = Set.of("去向不明", "unknown", "Unknown");

    private final OutflowImportWriter writer;
    private final OrgUnits orgUnits;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final Today today;

    OutflowImport(OutflowImportWriter writer, OrgUnits orgUnits, Divisions divisions, AuditTrail audit, Today today,
                  OutflowSettings settings, ImportThreads threads) {
        super(threads, settings.importMaxRows(), settings.importMaxSize());
        this.writer = writer;
        this.orgUnits = orgUnits;
        this.divisions = divisions;
        this.audit = audit;
        this.today = today;
    }

    @Override
    protected List<TemplateColumn> columns() {
        return Arrays.stream(OutflowColumn.values()).map(OutflowColumn::column).toList();
    }

    @Override
    protected String sheetKey() {
        return "nav.outflow";
    }

    @Override
    protected List<String> noteKeys() {
        return List.of("outflow.import.hint", "outflow.import.destinationHint", "outflow.import.unknownHint",
                "outflow.import.again");
    }

    @Override
    protected Run<ImportedTrip> begin(Texts translate) {
        CurrentUser.inRole(OutflowTrips.RECORDERS, "import an outflow list");
        return new TripRun(translate, Cells.units(orgUnits.names()));
    }

    /** One import under way; it remembers the destinations it resolved and the trips of the file so far. */
    private final class TripRun implements Run<ImportedTrip> {
        private final Texts translate;
        private final Map<String, String> units;
        /** A destination cell's text → its township's code, or a refusal's key (unknown, ambiguous). */
        private final Map<String, String> destinations = new HashMap<>();
        /** Each trip of the file (ID number and day of leaving) and the row it was first seen in. */
        private final Map<String, Integer> seenInFile = new HashMap<>();

        TripRun(Texts translate, Map<String, String> units) {
            this.translate = translate;
            this.units = units;
        }

        @Override
        public ImportedTrip blank() {
            return new ImportedTrip();
        }

        @Override
        public void read(ImportRow<ImportedTrip> row) {
            for (OutflowColumn column : OutflowColumn.values()) {
                row.read(row.cell(column.ordinal()),
                        text -> column.apply(row.details(), text, translate, units, this::destination));
            }
        }

        /**
         * A division code as it is, or the township a name stands for when exactly one does; null for a destination
         * nobody knows (去向不明, written as such: an empty cell is refused as forgotten).
         */
        private String destination(String text) {
            if (UNKNOWN_DESTINATION.contains(text)) {
                return null;
            }
            String code = destinations.computeIfAbsent(text, cell -> {
                if (cell.matches("\\d{9}")) {
                    return cell;
                }
                List<Division> named = divisions.townshipsNamed(cell);
                return named.size() == 1 ? named.getFirst().code()
                        : named.isEmpty() ? "outflow.import.destinationUnknown" : "outflow.import.destinationAmbiguous";
            });
            if (!code.matches("\\d{9}")) {
                throw new InvalidInputException("destination", code);
            }
            return code;
        }

        /** The ID numbers as the registry keeps them; a trip twice in the file is refused the second time. */
        @Override
        public List<ImportRow<ImportedTrip>> check(List<ImportRow<ImportedTrip>> rows) {
            List<ImportRow<ImportedTrip>> valid = new ArrayList<>();
            for (ImportRow<ImportedTrip> row : rows) {
                try {
                    ImportedTrip trip = row.details();
                    String id = IdNumber.parse(trip.person.getIdNumber(), today.date()).value();
                    Integer earlier = seenInFile.putIfAbsent(id + "/" + trip.departureDay, row.number());
                    if (earlier != null) {
                        row.refuse(new InvalidInputException("departureDay", "outflow.import.repeatedInFile", earlier));
                    } else {
                        trip.person.setIdNumber(id);
                        valid.add(row);
                    }
                } catch (InvalidInputException refusal) {
                    row.refuse(refusal);
                }
            }
            return valid;
        }

        @Override
        public List<Outcome> write(List<ImportRow<ImportedTrip>> rows) {
            return writer.write(rows.stream().map(ImportRow::details).toList());
        }

        @Override
        public void finished(ImportResult result) {
            audit.record(TenantContext.current(), CurrentUser.get().getUsername(), AuditAction.OUTFLOW_IMPORTED,
                    "outflow_trip", result.added() + " added, " + result.updated() + " closed by a return, "
                            + result.unchanged() + " already recorded, " + result.rejected() + " rejected", null);
        }
    }
}
