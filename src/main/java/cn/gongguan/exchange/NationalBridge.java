package cn.gongguan.exchange;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.Role;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national platform (全国流动人口计划生育信息交换平台) reached by files, since its interfaces are not reachable
 * from here: a message to a place outside this system, and an answer to a request that came from one, waits in the
 * unit's outbox until a user exports it in a numbered batch and carries the file to the platform; the platform's
 * replies and receipts come back through {@link NationalImport}. Nothing leaves the system otherwise.
 * <p>
 * The file holds the notes and answers in clear, as the national forms need them: exporting or downloading a batch is
 * a reading of sealed information, for the roles that may open it, for a stated reason, audited.
 */
@Service
public class NationalBridge {

    /** Who works with the unit's national outbox: the roles that read the exchange and open sealed information. */
    public static final Set<Role> USERS = Role.SEALED_READERS;
    /**
     * The county's administrator works with the county's outbox too: it holds the bulletins of regional cooperation
     * to partners outside this system (the county sends no message about a person), so nothing sealed is in its files.
     * Exports and downloads ask a reason all the same, and a batch holding anything sealed is refused to it.
     */
    public static final Set<Role> COUNTY_USERS = Set.of(Role.COUNTY_ADMIN);

    /** An exported batch of the unit's outbox. */
    public record Batch(int number, int messages, String exportedBy, Instant exportedAt) {
    }

    /** A message of a batch with its sealed note and answer, opened for the file. */
    private record Exported(Message message, byte[] note, byte[] answer) {
    }

    private final JdbcClient jdbc;
    private final MessageNotes notes;
    private final Places places;
    private final AuditTrail audit;

    NationalBridge(JdbcClient jdbc, MessageNotes notes, Places places, AuditTrail audit) {
        this.jdbc = jdbc;
        this.notes = notes;
        this.places = places;
        this.audit = audit;
    }

    /**
     * A page of the unit's outbox in one state (all states for null): what waits for the next batch first, then the
     * batches newest first. No note or answer text: the list shows where each message stands.
     */
    @Transactional(readOnly = true)
    public List<Message> outbox(OutboxState state, int offset, int limit) {
        user();
        return jdbc.sql("""
                select * from platform.exchange_message
                where ? in (sender_code, addressee_code) and outbox_state is not null
                  and (cast(? as varchar) is null or outbox_state = ?)
                order by outbox_state <> 'WAITING', outbox_batch desc nulls first, id desc offset ? limit ?""")
                .params(tenant(), name(state), name(state), offset, limit)
                .query(Exchange::message).list();
    }

    @Transactional(readOnly = true)
    public int countOutbox(OutboxState state) {
        user();
        return jdbc.sql("""
                select count(*) from platform.exchange_message
                where ? in (sender_code, addressee_code) and outbox_state is not null
                  and (cast(? as varchar) is null or outbox_state = ?)""")
                .params(tenant(), name(state), name(state))
                .query(Integer.class).single();
    }

    /** The unit's exported batches, newest first (the database shows a unit its own only). */
    @Transactional(readOnly = true)
    public List<Batch> batches() {
        user();
        return jdbc.sql("""
                select number, messages, exported_by, exported_at from platform.exchange_batch
                where tenant_code = ? order by number desc""")
                .param(tenant())
                .query((rs, row) -> new Batch(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * Puts everything waiting in the unit's outbox into its next batch: the messages become exported in batch N,
     * recorded with who exported them, and one audit event names them with the reason. Refused without a reason, for
     * a role that may not open sealed information, and when nothing waits.
     */
    @Transactional
    public Batch export(ReadReason reason) {
        GongguanUser user = exporter();
        requireReason(reason);
        // Locking the waiting rows first: an export running at the same time waits, then finds them exported. A question
        // its sender closed before it left is withdrawn: it stays here, never exported.
        List<Long> waiting = jdbc.sql("""
                select id from platform.exchange_message
                where ? in (sender_code, addressee_code) and outbox_state = 'WAITING' and closed_at is null
                  and (? or kind = 'NOTICE')
                order by id for update""")
                .params(tenant(), opensSealed(user)).query(Long.class).list();
        if (waiting.isEmpty()) {
            throw new InvalidInputException("batch", "national.export.nothingWaiting");
        }
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from platform.exchange_batch where tenant_code = ?")
                .param(tenant()).query(Integer.class).single();
        jdbc.sql("""
                insert into platform.exchange_batch (tenant_code, number, messages, exported_by)
                values (?, ?, ?, ?)""")
                .params(tenant(), number, waiting.size(), user.getUsername()).update();
        jdbc.sql("""
                update platform.exchange_message set outbox_state = 'EXPORTED', outbox_batch = ?
                where id = any(?) and outbox_state = 'WAITING'""")
                .params(number, waiting.toArray(Long[]::new)).update();
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.NATIONAL_EXPORTED,
                "exchange_batch:" + number, "messages " + waiting.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "; reason " + reason.name(), null);
        return batches().stream().filter(b -> b.number() == number).findFirst().orElseThrow();
    }

    /**
     * The file of one of the unit's batches, made from its messages as they were exported (the same content every
     * time), with notes and answers opened. Each download is a reading of sealed information: for a reason, audited.
     */
    @Transactional
    public byte[] file(int number, NationalFormat format, ReadReason reason) {
        GongguanUser user = exporter();
        requireReason(reason);
        List<Exported> messages = jdbc.sql("""
                select * from platform.exchange_message where ? in (sender_code, addressee_code) and outbox_batch = ?
                order by id""")
                .params(tenant(), number)
                .query((rs, row) -> new Exported(Exchange.message(rs, row), rs.getBytes("note_sealed"),
                        rs.getBytes("answer_sealed")))
                .list();
        if (messages.isEmpty()) {
            throw new InvalidInputException("batch", "national.export.noSuchBatch", number);
        }
        if (!opensSealed(user) && messages.stream().anyMatch(e -> e.note() != null || e.answer() != null)) {
            throw new AccessDeniedException("Batch " + number + " holds sealed information");
        }
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.NATIONAL_DOWNLOADED,
                "exchange_batch:" + number, format.name() + "; reason " + reason.name(), null);
        List<List<String>> rows = messages.stream().map(this::row).toList();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            NationalFile.write(format, rows, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A message as a row of the file: our question to a place outside (协查 or 反馈, with its note), or our answer to
     * its request (答复, with the answer, and without the request's own note, which the platform has).
     */
    private List<String> row(Exported exported) {
        Message message = exported.message();
        boolean answer = message.addressee().equals(tenant());
        return Arrays.stream(NationalColumn.values()).map(column -> switch (column) {
            case PLATFORM_NUMBER -> text(message.nationalNumber());
            case LOCAL_NUMBER -> String.valueOf(message.id());
            case CATEGORY -> (answer ? NationalCategory.REPLY : NationalCategory.of(message.kind())).label();
            case SENDER_CODE -> message.sender();
            case SENDER -> places.name(message.sender());
            case ADDRESSEE_CODE -> message.addressee();
            case ADDRESSEE -> places.name(message.addressee());
            case NAME -> text(message.personName());
            case ID_NUMBER -> message.idNumber() == null ? "" : message.idNumber().value();
            case TOPIC -> message.topic() == null ? "" : NationalCodes.label(message.topic());
            case OUTCOME -> message.outcome() == null ? "" : NationalCodes.label(message.outcome());
            case URGENCY -> message.urgency() == null ? "" : NationalCodes.label(message.urgency());
            case CONTENT -> message.kind() == MessageKind.NOTICE ? message.title() + "\n" + message.noticeText()
                    : answer || exported.note() == null ? "" : notes.open(message.id(), message.sender(),
                    message.addressee(), exported.note());
            case SENT_ON -> date(message.sentAt());
            case DUE_ON -> message.due() == null ? "" : message.due().due().toString();
            case RESULT -> answer ? resultLabel(message) : "";
            case ANSWER -> !answer ? "" : exported.answer() == null ? text(message.legacyAnswer())
                    : notes.openAnswer(message.id(), message.sender(), message.addressee(), exported.answer());
            case ANSWERED_ON -> answer ? date(message.answeredAt()) : "";
        }).toList();
    }

    private static String resultLabel(Message message) {
        if (message.result() == null) {
            return "";
        }
        return message.kind() == MessageKind.VERIFICATION
                ? NationalCodes.label(VerificationResult.valueOf(message.result()))
                : NationalCodes.label(FeedbackOutcome.valueOf(message.result()));
    }

    private static void requireReason(ReadReason reason) {
        if (reason == null) {
            throw new InvalidInputException("reason", "archive.reasonRequired");
        }
    }

    private static String date(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, CountyTime.ZONE).toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String name(OutboxState state) {
        return state == null ? null : state.name();
    }

    private static String tenant() {
        return TenantContext.current().value();
    }

    private static GongguanUser user() {
        return CurrentUser.inRole(Stream.concat(USERS.stream(), COUNTY_USERS.stream()).collect(Collectors.toSet()),
                "use the national platform's outbox");
    }

    /** Who exports or downloads a file: a role that opens sealed information, or the county's administrator. */
    private static GongguanUser exporter() {
        GongguanUser user = user();
        return opensSealed(user) ? SensitiveReads.requireRole() : user;
    }

    private static boolean opensSealed(GongguanUser user) {
        return USERS.contains(user.role());
    }
}
