package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 六个一 ⑥: the contraceptive measure of an outflow person — sensitive personal information, handled exactly as the
 * reproductive-health archive: sealed before it is stored (bound to tenant and person), opened only by
 * {@link cn.gongguan.security.Role#SEALED_READERS} for a stated reason, each opening audited, its earlier versions
 * kept sealed. Everyone else who may see the person learns only whether one is recorded.
 */
@Service
public class ContraceptiveMeasures {

    /** Whether a measure is recorded, and when and by whom: nothing of what it is. */
    public record State(LocalDate recordedOn, String updatedBy, Instant updatedAt) {
    }

    /** An opened measure, the version it was read at, and its earlier versions. */
    public record Content(MeasureDetails measure, long version, List<Revision> history) {
    }

    private final ContraceptiveMeasureRepository measures;
    private final SixOnesAccess access;
    private final SixOnesFigures figures;
    private final Sealer sealer;
    private final SensitiveReads sensitiveReads;
    private final StaleEdits staleEdits;
    private final History history;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    ContraceptiveMeasures(ContraceptiveMeasureRepository measures, SixOnesAccess access, SixOnesFigures figures,
                          Sealer sealer, SensitiveReads sensitiveReads, StaleEdits staleEdits, History history,
                          AuditTrail audit, Clock clock, Today today) {
        this.measures = measures;
        this.access = access;
        this.figures = figures;
        this.sealer = sealer;
        this.sensitiveReads = sensitiveReads;
        this.staleEdits = staleEdits;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Whether the user may open and record measures. */
    public static boolean mayOpen() {
        return SensitiveReads.mayOpen();
    }

    /** Whether the person has a measure recorded (and when); reads nothing sealed. */
    @Transactional(readOnly = true)
    public Optional<State> state(long personId) {
        SixOnesAccess.reader();
        access.outflowPerson(personId);
        return measures.findByPersonId(personId)
                .map(m -> new State(m.getRecordedOn(), m.getUpdatedBy(), m.getUpdatedAt()));
    }

    /** The person's measure, opened for the reason and audited; empty content (version -1) when none is recorded. */
    @Transactional
    public Content open(long personId, ReadReason reason) {
        access.outflowPerson(personId);
        sensitiveReads.admit("person:" + personId, "CONTRACEPTIVE_MEASURE", reason);
        return measures.findByPersonId(personId)
                .map(m -> new Content(decode(sealer.open(m.getSealed(), context(TenantContext.current(), personId))),
                        m.getVersion(), history.openSealed(subject(personId))))
                .orElseGet(() -> new Content(null, -1, List.of()));
    }

    /**
     * Records the measure, read at {@code version} (-1 when there was none); refused at the field that is wrong, or
     * when someone saved it meanwhile. Only the roles that open it may write it.
     */
    @Transactional
    public void save(long personId, long version, MeasureDetails details) {
        String by = SensitiveReads.requireRole().getUsername();
        Person person = access.outflowPerson(personId);
        MeasureDetails checked = check(details, person);
        Optional<ContraceptiveMeasure> stored = measures.findByPersonId(personId);
        StaleEdits.check(version, stored.map(ContraceptiveMeasure::getVersion).orElse(-1L),
                stored.map(ContraceptiveMeasure::getUpdatedBy).orElse(null),
                stored.map(ContraceptiveMeasure::getUpdatedAt).orElse(null));
        TenantCode tenant = TenantContext.current();
        Map<String, String> before = stored.map(m -> fields(decode(sealer.open(m.getSealed(), context(tenant,
                personId))))).orElse(null);
        ContraceptiveMeasure measure = stored.orElseGet(() -> new ContraceptiveMeasure(personId));
        Instant now = clock.instant();
        measure.store(sealer.seal(encode(checked), context(tenant, personId)), today.date(), by, now);
        staleEdits.write(() -> measures.saveAndFlush(measure), () -> measures.findByPersonId(personId)
                .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        if (before != null) {
            history.keepSealed(subject(personId), version, Change.between(before, fields(checked)), by, now);
        }
        audit.record(tenant, by, AuditAction.MEASURE_SAVED, "person:" + personId, null, null);
        figures.refresh();
    }

    private MeasureDetails check(MeasureDetails details, Person person) {
        if (details.method() == null) {
            throw new InvalidInputException("method", "validation.required");
        }
        if (details.since() != null && details.since().isAfter(today.date())) {
            throw new InvalidInputException("since", "outflow.day.future");
        }
        if (details.since() != null && details.since().isBefore(person.getBirthDate())) {
            throw new InvalidInputException("since", "sixOnes.day.beforeBirth");
        }
        String note = details.note() == null ? "" : details.note().strip();
        if (note.length() > SixOnesLimits.MEASURE_NOTE_LENGTH) {
            throw new InvalidInputException("note", "validation.tooLong", SixOnesLimits.MEASURE_NOTE_LENGTH);
        }
        return new MeasureDetails(details.method(), details.since(), note);
    }

    /** The measure as its fields, for the history of edits (kept sealed). */
    private static Map<String, String> fields(MeasureDetails measure) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("method", measure.method().name());
        values.put("since", measure.since() == null ? null : measure.since().toString());
        values.put("note", measure.note());
        return values;
    }

    /** {@code method&since&note}, each URL-encoded in UTF-8: the clear text that is sealed. */
    static String encode(MeasureDetails measure) {
        return String.join("&", measure.method().name(),
                measure.since() == null ? "" : measure.since().toString(),
                URLEncoder.encode(measure.note(), StandardCharsets.UTF_8));
    }

    static MeasureDetails decode(String clear) {
        String[] parts = clear.split("&", -1);
        return new MeasureDetails(ContraceptiveMethod.valueOf(parts[0]),
                parts[1].isEmpty() ? null : LocalDate.parse(parts[1]), URLDecoder.decode(parts[2], StandardCharsets.UTF_8));
    }

    private static String subject(long personId) {
        return "contraceptive_measure:" + personId;
    }

    /** Binds a sealed measure to its tenant and person: copied anywhere else it does not open. */
    static String context(TenantCode tenant, long personId) {
        return tenant.value() + "/person:" + personId + "/contraceptive-measure";
    }
}
