package cn.gongguan.fivestep;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.History;
import cn.gongguan.platform.history.Revision;
import cn.gongguan.registry.Person;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
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
import java.util.List;
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

    private static final int NUMBER_LIMIT = 99;

    /** What a person's archive holds now: its values, the version they were read at, and its earlier versions. */
    public record Content(Map<String, String> values, long version, List<Revision> history) {
        static final Content EMPTY = new Content(Map.of(), -1, List.of());
    }

    /** Whether a person should have an archive, whether it is filled in, and who filled it in last. */
    public record State(Archive archive, boolean applies, boolean filled, String updatedBy, Instant updatedAt) {
    }

    private final ArchiveRepository archives;
    private final StepLog steps;
    private final Sealer sealer;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final History history;
    private final SensitiveReads sensitiveReads;
    private final Clock clock;

    Archives(ArchiveRepository archives, StepLog steps, Sealer sealer, AuditTrail audit, StaleEdits staleEdits,
             History history, SensitiveReads sensitiveReads, Clock clock) {
        this.archives = archives;
        this.steps = steps;
        this.sealer = sealer;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.history = history;
        this.sensitiveReads = sensitiveReads;
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
        return SensitiveReads.mayOpen();
    }

    /**
     * An archive's content. A sensitive archive is opened only for a stated reason by a role that needs it, and the
     * opening is audited (who, when, which person, why) in the same transaction.
     */
    @Transactional
    public Content read(long personId, Archive archive, ReadReason reason) {
        steps.person(personId);
        if (archive.isSensitive()) {
            sensitiveReads.admit("person:" + personId, archive.name(), reason);
        }
        return archives.findByPersonIdAndKind(personId, archive)
                .map(r -> new Content(values(r), r.version(), archive.isSensitive()
                        ? history.openSealed(subject(personId, archive)) : history.of(subject(personId, archive))))
                .orElse(Content.EMPTY);
    }

    /** The values of a stored archive, a sensitive one opened (the caller has checked the role). */
    private Map<String, String> values(ArchiveRecord record) {
        return decode(record.kind().isSensitive()
                ? sealer.open(record.sealed(), context(record.personId(), record.kind())) : record.content());
    }

    /**
     * Saves an archive read at {@code version} (-1 when it was empty); refused at the field that is wrong, or when
     * someone saved the archive since it was read.
     */
    @Transactional
    public void save(long personId, Archive archive, long version, Map<String, String> values) {
        Person person = steps.person(personId);
        if (archive.isSensitive()) {
            SensitiveReads.requireRole();
        }
        if (!archive.appliesTo(person, steps.today())) {
            throw new InvalidInputException(null, "archive.notApplicable");
        }
        Map<String, String> checked = check(archive, values);
        Optional<ArchiveRecord> stored = archives.findByPersonIdAndKind(personId, archive);
        StaleEdits.check(version, stored.map(ArchiveRecord::version).orElse(-1L),
                stored.map(ArchiveRecord::updatedBy).orElse(null), stored.map(ArchiveRecord::updatedAt).orElse(null));
        ArchiveRecord record = stored.orElseGet(() -> new ArchiveRecord(personId, archive));
        Map<String, String> before = stored.map(this::values).orElse(null);
        String json = encode(checked);
        String by = steps.user();
        Instant now = clock.instant();
        record.store(archive.isSensitive() ? null : json,
                archive.isSensitive() ? sealer.seal(json, context(personId, archive)) : null, by, now);
        staleEdits.write(() -> archives.saveAndFlush(record), () -> archives.findByPersonIdAndKind(personId, archive)
                .map(saved -> new StaleEditException(saved.updatedBy(), saved.updatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        if (before != null) {
            keep(personId, archive, version, Change.between(before, checked), by, now);
        }
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

    /** Keeps the version an edit replaced; a sensitive archive's stays sealed like the archive. */
    private void keep(long personId, Archive archive, long version, List<Change> changes, String by, Instant at) {
        if (archive.isSensitive()) {
            history.keepSealed(subject(personId, archive), version, changes, by, at);
        } else {
            history.keep(subject(personId, archive), version, changes, by, at);
        }
    }

    /** The archive as a record of the history. */
    private static String subject(long personId, Archive archive) {
        return "archive:" + personId + ":" + archive.name();
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
