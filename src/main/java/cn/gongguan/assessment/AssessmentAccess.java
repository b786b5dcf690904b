package cn.gongguan.assessment;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who works on the assessment: the county's administrator keeps the scheme; the administrator and the governance group
 * (which runs the assessment, DESIGN.md) read every township's scorecard, decide objections, approve and reopen a year;
 * a township's administrator and staff read its own scorecard and the records behind its deductions, and its
 * administrator confirms it or objects.
 */
public final class AssessmentAccess {

    public static final Set<Role> SCHEME_KEEPERS = Collections.unmodifiableSet(EnumSet.of(Role.COUNTY_ADMIN));
    public static final Set<Role> COUNTY = Collections.unmodifiableSet(
            EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_GOVERNANCE));
    public static final Set<Role> TOWNSHIP_READERS = Collections.unmodifiableSet(
            EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF));
    public static final Set<Role> TOWNSHIP_ANSWERERS = Collections.unmodifiableSet(EnumSet.of(Role.TOWNSHIP_ADMIN));

    /** Who reads a scheme: the county's readers and the townships' (who are scored by it). */
    public static final Set<Role> READERS;

    static {
        EnumSet<Role> readers = EnumSet.copyOf(COUNTY);
        readers.addAll(TOWNSHIP_READERS);
        READERS = Collections.unmodifiableSet(readers);
    }

    private AssessmentAccess() {
    }

    static GongguanUser schemeKeeper() {
        return CurrentUser.inRole(SCHEME_KEEPERS, "keep the assessment scheme");
    }

    static GongguanUser county() {
        return CurrentUser.inRole(COUNTY, "run the county's assessment");
    }

    static GongguanUser reader() {
        return CurrentUser.inRole(READERS, "read the assessment scheme");
    }

    static GongguanUser township() {
        return CurrentUser.inRole(TOWNSHIP_READERS, "read the township's scorecard");
    }

    static GongguanUser answerer() {
        return CurrentUser.inRole(TOWNSHIP_ANSWERERS, "confirm or object to the township's scorecard");
    }

    /** Whether the current user keeps the scheme (the views show the edit buttons only then). */
    public static boolean keepsScheme() {
        return CurrentUser.find().map(user -> SCHEME_KEEPERS.contains(user.role())).orElse(false);
    }

    /** Whether the current user answers for the township's scorecard. */
    public static boolean answers() {
        return CurrentUser.find().map(user -> TOWNSHIP_ANSWERERS.contains(user.role())).orElse(false);
    }
}
