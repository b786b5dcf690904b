package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.workbook.WorkbookImport.Outcome;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a chunk of an imported key-location list in one transaction: new locations added, known ones updated. */
@Service
class KeyLocationImportWriter {

    private final KeyLocationRepository locations;
    private final Clock clock;

    KeyLocationImportWriter(KeyLocationRepository locations, Clock clock) {
        this.locations = locations;
        this.clock = clock;
    }

    /** Writes the checked rows, all or none; returns what each did, in order. */
    @Transactional
    List<Outcome> write(List<KeyLocationDetails> rows) {
        String by = KeyLocations.keeper().getUsername();
        List<Outcome> outcomes = rows.stream().map(row -> write(row, by)).toList();
        locations.flush();
        return outcomes;
    }

    private Outcome write(KeyLocationDetails row, String by) {
        Optional<KeyLocation> same = locations.findActiveNamed(row.name());
        if (same.isEmpty()) {
            locations.save(new KeyLocation(row, by, clock.instant()));
            return Outcome.ADDED;
        }
        KeyLocation location = same.get();
        if (location.getKind() != row.kind()) { // renamed meanwhile to this name with another kind
            throw new InvalidInputException("name", "keyLocation.name.taken");
        }
        if (location.holds(row)) {
            return Outcome.UNCHANGED;
        }
        location.apply(row, by, clock.instant());
        return Outcome.UPDATED;
    }
}
