package cn.gongguan.governance;

import cn.gongguan.platform.Input;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Phone;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's key locations (重点场所), kept by its administrator and staff. The joint operations' township side
 * reads the active ones in the township's own transaction as such a user ({@link #READERS}); a liaison never reads
 * them here (liaisons read the operation's copy, platform.operation_location). A location is retired, never deleted,
 * because operations refer to it by id; its name is unique among the active ones.
 */
@Service
public class KeyLocations {

    /** Who keeps the key locations: the township's administrator and staff, nobody else. */
    public static final Set<Role> KEEPERS = Collections.unmodifiableSet(
            EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF));
    /** Who reads the locations: the township's administrator and staff (the joint operations' township side too). */
    public static final Set<Role> READERS = Collections.unmodifiableSet(
            EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF));
    /** PostgreSQL's SQL state of a unique index refusing a row: here only the active names' index. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<LocationKind> ALL = Collections.unmodifiableSet(EnumSet.allOf(LocationKind.class));

    private final KeyLocationRepository locations;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final Clock clock;

    KeyLocations(KeyLocationRepository locations, OrgUnits orgUnits, AuditTrail audit, StaleEdits staleEdits,
                 Clock clock) {
        this.locations = locations;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.clock = clock;
    }

    /** The township's active key locations, by kind and name. */
    @Transactional(readOnly = true)
    public List<KeyLocation> active() {
        return active(ALL);
    }

    /** The township's active key locations of the kinds, by kind and name. */
    @Transactional(readOnly = true)
    public List<KeyLocation> active(Set<LocationKind> kinds) {
        reader();
        return kinds.isEmpty() ? List.of()
                : locations.findByActiveTrueAndKindInOrderByKindAscNameAscIdAsc(kinds, Pageable.unpaged());
    }

    /** A key location of the township by id, retired ones included (an operation may name one retired since). */
    @Transactional(readOnly = true)
    public Optional<KeyLocation> find(long id) {
        reader();
        return locations.findById(id);
    }

    /** A page of the active locations of one kind (null: every kind), for the township's list. */
    @Transactional(readOnly = true)
    public List<KeyLocation> list(LocationKind kind, int offset, int limit) {
        keeper();
        int size = Math.max(limit, 1);
        return locations.findByActiveTrueAndKindInOrderByKindAscNameAscIdAsc(kinds(kind),
                PageRequest.of(offset / size, size));
    }

    @Transactional(readOnly = true)
    public int count(LocationKind kind) {
        keeper();
        return (int) locations.countByActiveTrueAndKindIn(kinds(kind));
    }

    /** Adds a key location; a wrong field is refused there with the reason. */
    @Transactional
    public KeyLocation add(KeyLocationDetails details) {
        String by = keeper().getUsername();
        KeyLocationDetails checked = check(details, null);
        KeyLocation location = save(() -> locations.saveAndFlush(new KeyLocation(checked, by, clock.instant())), null);
        audit.record(TenantContext.current(), by, AuditAction.KEY_LOCATION_SAVED, subject(location.getId()), null, null);
        return location;
    }

    /** Saves changes to a location opened at {@code version}; refused if someone saved it since. */
    @Transactional
    public KeyLocation update(long id, long version, KeyLocationDetails details) {
        String by = keeper().getUsername();
        KeyLocation location = opened(id, version);
        KeyLocationDetails checked = check(details, id);
        location.apply(checked, by, clock.instant());
        save(() -> locations.saveAndFlush(location), id);
        audit.record(TenantContext.current(), by, AuditAction.KEY_LOCATION_SAVED, subject(id), null, null);
        return location;
    }

    /** Retires a location opened at {@code version}: it leaves the lists and operations, and keeps its id. */
    @Transactional
    public void retire(long id, long version) {
        String by = keeper().getUsername();
        KeyLocation location = opened(id, version);
        location.retire(by, clock.instant());
        save(() -> locations.saveAndFlush(location), id);
        audit.record(TenantContext.current(), by, AuditAction.KEY_LOCATION_RETIRED, subject(id), null, null);
    }

    /** The active locations of the names (lower case, see {@link KeyLocationImport#key}), by that name. */
    @Transactional(readOnly = true)
    Map<String, KeyLocation> activeNamed(Collection<String> lowerCaseNames) {
        return lowerCaseNames.isEmpty() ? Map.of() : locations.findActiveNamedIn(lowerCaseNames).stream()
                .collect(Collectors.toMap(l -> KeyLocationImport.key(l.getName()), Function.identity()));
    }

    /** Whether the logged-in user keeps the key locations (for showing the buttons). */
    public static boolean mayKeep() {
        return CurrentUser.find().map(user -> KEEPERS.contains(user.role())).orElse(false);
    }

    /**
     * The details as stored (stripped, blanks as none), each wrong field refused at its name; {@code self} is the
     * location being changed (its own name is not taken), null for a new one.
     */
    KeyLocationDetails check(KeyLocationDetails details, Long self) {
        KeyLocationDetails checked = fields(details);
        locations.findActiveNamed(checked.name()).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new InvalidInputException("name", "keyLocation.name.taken");
        });
        return checked;
    }

    /** The details as stored, each wrong field refused at its name; whether the name is free is not asked here. */
    KeyLocationDetails fields(KeyLocationDetails details) {
        return fields(details, code -> orgUnits.find(code).isPresent());
    }

    /**
     * As {@link #fields(KeyLocationDetails)}, with the township's units known already ({@code knownUnit} tells a code
     * of one): an import asks once per run, not once per row.
     */
    KeyLocationDetails fields(KeyLocationDetails details, Predicate<String> knownUnit) {
        if (details.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        String name = KeyLocationLimits.NAME.check(details.name());
        String orgUnit = Input.stripped(details.orgUnit());
        if (orgUnit == null) {
            throw new InvalidInputException("orgUnit", "validation.required");
        }
        if (!knownUnit.test(orgUnit)) {
            throw new InvalidInputException("orgUnit", "person.orgUnit.unknown");
        }
        String phone = KeyLocationLimits.CONTACT_PHONE.check(details.contactPhone());
        if (!Phone.isBlankOrValid(phone)) {
            throw new InvalidInputException("contactPhone", "person.phone.invalid");
        }
        return new KeyLocationDetails(details.kind(), name, KeyLocationLimits.ADDRESS.check(details.address()),
                orgUnit, details.department(), KeyLocationLimits.CONTACT_PERSON.check(details.contactPerson()), phone,
                KeyLocationLimits.NOTE.check(details.note()));
    }

    private KeyLocation opened(long id, long version) {
        KeyLocation location = locations.findById(id)
                .orElseThrow(() -> new AccessDeniedException("No key location " + id));
        StaleEdits.check(version, location.getVersion(), location.getUpdatedBy(), location.getUpdatedAt());
        if (!location.isActive()) {
            throw new StaleEditException(location.getUpdatedBy(), location.getUpdatedAt());
        }
        return location;
    }

    /**
     * Writes the change (flushing): another user's save of the same location meanwhile is a stale edit, and the name
     * taken meanwhile by another location (the one unique index) is refused at the name.
     */
    private KeyLocation save(Supplier<KeyLocation> write, Long id) {
        return staleEdits.save(() -> {
            try {
                return write.get();
            } catch (DataIntegrityViolationException refused) {
                if (refused.getMostSpecificCause() instanceof SQLException sql
                        && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw new InvalidInputException("name", "keyLocation.name.taken");
                }
                throw refused;
            }
        }, () -> (id == null ? Optional.<KeyLocation>empty() : locations.findById(id))
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
    }

    private static Set<LocationKind> kinds(LocationKind kind) {
        return kind == null ? ALL : EnumSet.of(kind);
    }

    private static String subject(long id) {
        return "key_location:" + id;
    }

    private static void reader() {
        CurrentUser.inRole(READERS, "read key locations");
    }

    static GongguanUser keeper() {
        return CurrentUser.inRole(KEEPERS, "keep key locations");
    }
}
