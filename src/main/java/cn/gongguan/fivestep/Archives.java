package cn.gongguan.fivestep;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.SavedMeanwhile;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.registry.Person;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 四建档: the four archives of a person. The reproductive-health archive is sealed before it is stored, only the
 * township's family-planning staff and the committee clerks may open it, and each opening is audited with its
 * reason. When every archive the person should have is filled in, the step is recorded as done.
 */
@Service
public class Archives {

    private static final Set<Role> SENSITIVE_ROLES = Role.SEALED_READERS;
    private static final int NUMBER_LIMIT = 99;

    /** What a person's archive holds now: its values and the version they were read at. */
    public record Content(Map<String, String> values, long version) {
        static final Content EMPTY = new Content(Map.of(), -1);
    }

    /** Whether a person should have an archive, whether it is filled in, and who filled it in last. */
    public record State(Archive archive, boolean applies, boolean filled, String updatedBy, Instant updatedAt) {
    }

    private final ArchiveRepository archives;
    private final StepLog steps;
    private final Sealer sealer;
    private final AuditTrail audit;
    private final Clock clock;

    Archives(ArchiveRepository archives, StepLog steps, Sealer sealer, AuditTrail audit, Clock clock) {
        this.archives = archives;
        this.steps = steps;
        this.sealer = sealer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The state of each of the four archives of a person; reads no archive content. */
    @Transactional(readOnly = true)
    public Map<Archive, State> states(long personId) {
        Person person = steps.person(personId);
        LocalDate today = steps.today();
        Map<Archive, ArchiveRecord> stored = new EnumMap<>(Archive.class);
        archives.findByPersonId(personId).forEach(r -> stored.put(r.kind(), r));
        Map<Archive, State> states = new EnumMap<>(Archive.class);
        for (Archive archive : Archive.values()) {
            ArchiveRecord record = stored.get(archive);
            states.put(archive, new State(archive, archive.appliesTo(person, today), record != null,
                    record == null ? null : record.updatedBy(), record == null ? null : record.updatedAt()));
        }
        return states;
    }

    /** Whether the user's role may open sensitive archives at all. */
    public static boolean maySeeSensitive() {
        return SENSITIVE_ROLES.contains(CurrentUser.get().role());
    }

    /**
     * An archive's content. A sensitive archive is opened only for a stated reason by a role that needs it, and the
     * opening is audited (who, when, which person, why) in the same transaction.
     */
    @Transactional
    public Content read(long personId, Archive archive, ReadReason reason) {
        steps.person(personId);
        if (archive.isSensitive()) {
            requireSensitiveRole();
            if (reason == null) {
                throw new InvalidInputException("reason", "archive.reasonRequired");
            }
            audit.record(TenantContext.current(), steps.user(), AuditAction.SENSITIVE_READ, "person:" + personId,
                    archive.name() + " " + reason.name(), null);
        }
        return archives.findByPersonIdAndKind(personId, archive)
                .map(r -> new Content(decode(archive.isSensitive() ? sealer.open(r.sealed(), context(personId, archive))
                        : r.content()), r.version()))
                .orElse(Content.EMPTY);
    }

    /**
     * Saves an archive read at {@code version} (-1 when it was empty); refused at the field that is wrong, or when
     * someone saved the archive since it was read.
     */
    @Transactional
    public void save(long personId, Archive archive, long version, Map<String, String> values) {
        Person person = steps.person(personId);
        if (archive.isSensitive()) {
            requireSensitiveRole();
        }
        if (!archive.appliesTo(person, steps.today())) {
            throw new InvalidInputException(null, "archive.notApplicable");
        }
        Map<String, String> checked = check(archive, values);
        Optional<ArchiveRecord> stored = archives.findByPersonIdAndKind(personId, archive);
        if (stored.map(ArchiveRecord::version).orElse(-1L) != version) {
            throw new InvalidInputException(null, "archive.changed", stored.map(ArchiveRecord::updatedBy).orElse(""));
        }
        ArchiveRecord record = stored.orElseGet(() -> new ArchiveRecord(personId, archive));
        String json = encode(checked);
        String by = steps.user();
        record.store(archive.isSensitive() ? null : json,
                archive.isSensitive() ? sealer.seal(json, context(personId, archive)) : null, by, clock.instant());
        SavedMeanwhile.refuse(() -> archives.saveAndFlush(record));
        audit.record(TenantContext.current(), by, AuditAction.ARCHIVE_SAVED, "person:" + personId, archive.name(), null);
        if (!steps.isDone(personId, Step.ARCHIVE) && allFilled(person)) {
            steps.record(personId, Step.ARCHIVE, steps.today(), "");
        }
    }

    private boolean allFilled(Person person) {
        Set<Archive> filled = EnumSet.noneOf(Archive.class);
        archives.findByPersonId(person.getId()).forEach(r -> filled.add(r.kind()));
        LocalDate today = steps.today();
        for (Archive archive : Archive.values()) {
            if (archive.appliesTo(person, today) && !filled.contains(archive)) {
                return false;
            }
        }
        return true;
    }

    /** The values of the archive's own fields, each checked; refused at the first field that is wrong. */
    private static Map<String, String> check(Archive archive, Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (ArchiveField field : archive.fields()) {
            String value = values.get(field.name());
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    throw new InvalidInputException(field.name(), "validation.required");
                }
                continue;
            }
            switch (field.type()) {
                case NUMBER -> checkNumber(field, value);
                case DATE -> checkDate(field, value);
                case CHOICE -> {
                    if (!field.choices().contains(value)) {
                        throw new InvalidInputException(field.name(), "validation.required");
                    }
                }
                case TEXT -> StepLog.note(value, field.name(), null);
            }
            checked.put(field.name(), value);
        }
        return checked;
    }

    private static void checkNumber(ArchiveField field, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number < 0 || number > NUMBER_LIMIT) {
                throw new InvalidInputException(field.name(), "archive.numberRange", NUMBER_LIMIT);
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field.name(), "archive.numberRange", NUMBER_LIMIT);
        }
    }

    private static void checkDate(ArchiveField field, String value) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field.name(), "validation.date");
        }
    }

    private static void requireSensitiveRole() {
        CurrentUser.inRole(SENSITIVE_ROLES, "open sensitive archives");
    }

    /** Binds a sealed archive to its tenant, person and kind: copied anywhere else it does not open. */
    static String context(long personId, Archive archive) {
        return TenantContext.current().value() + "/person:" + personId + "/" + archive.name();
    }

    /** Archive values as stored: {@code field=value&...}, URL-encoded in UTF-8, fields in name order. */
    static String encode(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String stored) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : stored.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
