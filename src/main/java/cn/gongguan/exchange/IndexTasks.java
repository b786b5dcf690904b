package cn.gongguan.exchange;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback tasks the person index opened (origin MATCH) as a person's page shows them: on the inflow township's
 * side the tasks it owes, answered by the five-step feedback it sends anyway; on the outflow township's side the
 * tasks it is owed and every feedback about its person that reached it, attached to the outflow record.
 */
@Service
public class IndexTasks {

    /** Who sends feedback about a person, and so answers the index's task about them with it. */
    private static final Set<Role> ANSWERERS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_OFFICER, Role.GROUP_OFFICER, Role.COMMITTEE_CLERK);

    private final JdbcClient jdbc;
    private final MessageNotes notes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Exchange exchange;

    IndexTasks(JdbcClient jdbc, MessageNotes notes, AuditTrail audit, Clock clock, Exchange exchange) {
        this.jdbc = jdbc;
        this.exchange = exchange;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The index's tasks about the person this tenant has not answered yet, the earliest due first. */
    @Transactional(readOnly = true)
    public List<Message> owed(IdNumber idNumber) {
        return jdbc.sql("""
                        select * from platform.exchange_message
                        where addressee_code = ? and id_number = ? and origin = 'MATCH' and answered_at is null
                          and closed_at is null order by due_on, id""")
                .params(TenantContext.current().value(), idNumber.value())
                .query(Exchange::message).list();
    }

    /**
     * Answers the open tasks from {@code sender} about the person with the feedback just sent to it: its outcome as
     * the result, its note (sealed) as the text. Nothing to answer is no error. Returns how many were answered.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int answer(String sender, IdNumber idNumber, FeedbackOutcome outcome, String text) {
        String by = CurrentUser.inRole(ANSWERERS, "answer the person index's task").getUsername();
        if (outcome == null) {
            throw new InvalidInputException("outcome", "validation.required");
        }
        String note = text == null || text.isBlank() ? null : MessageLimits.ANSWER.checkAt("note", text.strip());
        int answered = 0;
        for (Message task : owed(idNumber)) {
            if (!task.sender().equals(sender)) {
                continue;
            }
            answered += jdbc.sql("""
                            update platform.exchange_message set answered_at = ?, answered_by = ?, result = ?,
                                answer_sealed = ? where id = ? and addressee_code = ? and answered_at is null""")
                    .params(Timestamp.from(clock.instant()), by, outcome.name(),
                            note == null ? null : notes.sealAnswer(task.id(), task.sender(), task.addressee(), note),
                            task.id(), task.addressee())
                    .update();
            audit.record(TenantContext.current(), by, AuditAction.MESSAGE_ANSWERED, "message:" + task.id(),
                    "five-step feedback", null);
        }
        if (answered > 0) {
            exchange.recountAnswers(MessageKind.FEEDBACK);
        }
        return answered;
    }

    /**
     * What reached this tenant about its outflow person: the index's tasks it is owed (with their answers) and every
     * feedback about the person addressed to it, newest first.
     */
    @Transactional(readOnly = true)
    public List<Message> aboutOutflow(IdNumber idNumber) {
        CurrentUser.inRole(ANSWERERS, "read the feedback about a person");
        String tenant = TenantContext.current().value();
        return jdbc.sql("""
                        select * from platform.exchange_message
                        where id_number = ? and kind = 'FEEDBACK'
                          and ((sender_code = ? and origin = 'MATCH') or addressee_code = ?)
                        order by sent_at desc, id desc""")
                .params(idNumber.value(), tenant, tenant)
                .query(Exchange::message).list();
    }
}
