package cn.gongguan.assessment;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.GuardedWrites;
import cn.gongguan.platform.Input;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county's assessment schemes, one per year, kept as versions in {@code platform.assessment_scheme}: every save is a
 * new version (who saved it, when, and what changed in their words), so that a scheme in use is changed only into a new
 * version and each scorecard names the version it was computed with. Runs in the user's tenant transaction as its
 * role: the database lets a county save its own schemes and its townships read them, nobody else.
 */
@Service
public class Schemes {

    /** The field of a save's note. */
    public static final String NOTE = "note";
    /** The field of the whole scheme, where a refusal of a locked year is shown. */
    public static final String SCHEME = "scheme";
    /** The longest scheme file imported, in characters: an upload is cut off there. */
    public static final int FILE_CHARACTERS = SchemeFile.MOST_CHARACTERS;

    /** A saved version of a year's scheme. */
    public record Version(int year, int version, Scheme scheme, String note, String savedBy, Instant savedAt) {
    }

    private final JdbcClient jdbc;
    private final AssessmentYears years;
    private final AuditTrail audit;
    private final YearFigures figures;

    Schemes(JdbcClient jdbc, AssessmentYears years, AuditTrail audit, YearFigures figures) {
        this.jdbc = jdbc;
        this.years = years;
        this.audit = audit;
        this.figures = figures;
    }

    /**
     * Whether a feature counts the measure's figures; a scheme may name a measure that is not (yet), which scores it
     * as unavailable, so the editor marks it instead of refusing it.
     */
    public boolean available(Measure measure) {
        return figures.available(measure);
    }

    /** The year's scheme as last saved, for the county or one of its townships. */
    @Transactional(readOnly = true)
    public Optional<Version> current(int year) {
        reader();
        return current(AssessmentYears.county(), year);
    }

    /** Every version of the year's scheme, newest first. */
    @Transactional(readOnly = true)
    public List<Version> versions(int year) {
        reader();
        return jdbc.sql("""
                        select year, version, body, note, saved_by, saved_at from platform.assessment_scheme
                        where county_code = ? and year = ? order by version desc""")
                .params(AssessmentYears.county().value(), year)
                .query((rs, row) -> version(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** One version of the year's scheme. */
    @Transactional(readOnly = true)
    public Optional<Version> version(int year, int version) {
        reader();
        return version(AssessmentYears.county(), year, version);
    }

    /**
     * Saves the scheme as the year's next version. {@code basedOn} is the version the editor started from (null for
     * a year without a scheme): a version saved by someone else meanwhile refuses the save naming them. Refused, with
     * every problem at its field, when the scheme is not valid; refused when the year is locked.
     */
    @Transactional
    public Version save(int year, Integer basedOn, Scheme scheme, String note) {
        GongguanUser user = AssessmentAccess.schemeKeeper();
        Scheme forYear = new Scheme(year, scheme.total(), scheme.indicators(), scheme.rules(), scheme.commendFrom(),
                scheme.criticiseBelow());
        List<SchemeProblem> problems = SchemeCheck.problems(forYear);
        if (!problems.isEmpty()) {
            throw new SchemeRefused(problems);
        }
        return store(user, year, basedOn, forYear, note);
    }

    /**
     * Saves a scheme read from its file as the year's next version (the file's own year is replaced by this one, so
     * that a county starts from last year's). Refused with every problem and its line; nothing is saved then.
     */
    @Transactional
    public Version importFile(int year, Integer basedOn, String text, String note) {
        GongguanUser user = AssessmentAccess.schemeKeeper();
        String replaced = text == null ? null : text.replaceFirst("(?m)^year:.*$", "year: " + year);
        SchemeFile.Read read = SchemeFile.read(replaced);
        if (!read.problems().isEmpty()) {
            throw new SchemeFileRefused(read.problems());
        }
        return store(user, year, basedOn, read.scheme(), note);
    }

    /** The version as its readable file, each measure named by {@code label} in a comment. */
    public String export(Version version, String title, Function<Measure, String> label) {
        return SchemeFile.write(version.scheme(), title, label);
    }

    private Version store(GongguanUser user, int year, Integer basedOn, Scheme scheme, String note) {
        TenantCode county = user.tenant();
        String text = AssessmentLimits.NOTE.check(Input.stripped(note));
        if (years.state(county, year) == YearState.LOCKED) {
            throw new InvalidInputException(SCHEME, "assessment.year.locked.scheme", String.valueOf(year));
        }
        Optional<Version> current = current(county, year);
        if (!Objects.equals(basedOn, current.map(Version::version).orElse(null))) {
            Version meanwhile = current.orElseThrow(() -> new IllegalArgumentException("no version " + basedOn));
            throw new StaleEditException(meanwhile.savedBy(), meanwhile.savedAt());
        }
        if (current.isPresent() && current.get().scheme().equals(scheme)) {
            throw new InvalidInputException(SCHEME, "assessment.scheme.unchanged");
        }
        int version = current.map(v -> v.version() + 1).orElse(1);
        // the database refuses a version into a year locked meanwhile (platform-096)
        GuardedWrites.refusing(Closing.OUT_OF_TURN, SCHEME, "assessment.closing.outOfTurn", () -> jdbc.sql("""
                        insert into platform.assessment_scheme (county_code, year, version, body, note, saved_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(county.value(), year, version, SchemeFile.write(scheme, county.value() + " " + year, null),
                        text, user.getUsername())
                .update());
        audit.record(county, user.getUsername(), AuditAction.ASSESSMENT_SCHEME_SAVED, subject(year),
                "version " + version + (text == null ? "" : ": " + text), null);
        return version(county, year, version).orElseThrow();
    }

    static String subject(int year) {
        return "assessment:" + year;
    }

    Optional<Version> current(TenantCode county, int year) {
        return jdbc.sql("""
                        select year, version, body, note, saved_by, saved_at from platform.assessment_scheme
                        where county_code = ? and year = ? order by version desc limit 1""")
                .params(county.value(), year)
                .query((rs, row) -> version(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    Optional<Version> version(TenantCode county, int year, int version) {
        return jdbc.sql("""
                        select year, version, body, note, saved_by, saved_at from platform.assessment_scheme
                        where county_code = ? and year = ? and version = ?""")
                .params(county.value(), year, version)
                .query((rs, row) -> version(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    private static Version version(int year, int version, String body, String note, String savedBy, Instant at) {
        SchemeFile.Read read = SchemeFile.read(body);
        if (read.scheme() == null) {
            throw new IllegalStateException("Stored scheme " + year + " v" + version + " unreadable: "
                    + read.problems());
        }
        return new Version(year, version, read.scheme(), note, savedBy, at);
    }

    private static void reader() {
        AssessmentAccess.reader();
    }
}
