package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The database's own rules for the exchange, tried with hand-written SQL as the tenants' roles. */
class ExchangeRowPolicyTest extends IntegrationTest {

    private static final TenantCode SENDER = TenantCode.of("621227100");
    private static final TenantCode ADDRESSEE = TenantCode.of("621227101");
    private static final String SEND = """
            insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number, outcome,
                                                   sent_by, due_on, due_provisional, escalate_on%s)
            values ('FEEDBACK', '621227100', '621227101', '王芳', '621227199001010023', 'VERIFIED', 'policy-test',
                    current_date, false, current_date + 3%s) returning id""";
    private static final String ANSWER = """
            update platform.exchange_message set answered_at = now(), answered_by = 'policy-test', result = '%s'
            where id = %d""";

    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aSenderCannotSendAMessageWithAnAnswerOfItsOwnMaking() {
        assertThatThrownBy(() -> query(SENDER, SEND.formatted(", answered_at, answered_by, answer",
                ", now(), 'policy-test', '已核实'"))).hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> query(SENDER, SEND.formatted(", result", ", 'CONFIRMED'")))
                .hasStackTraceContaining("row-level security");
    }

    @Test
    void anAddresseeAnswersOnceAndTheFirstAnswerStays() {
        long id = ((Number) query(SENDER, SEND.formatted("", ""))).longValue();
        assertThat(update(ADDRESSEE, ANSWER.formatted("CONFIRMED", id))).isEqualTo(1);
        assertThatThrownBy(() -> update(ADDRESSEE, ANSWER.formatted("DIFFERS", id)))
                .hasStackTraceContaining("not allowed");
        assertThat(query(ADDRESSEE, "select result from platform.exchange_message where id = " + id)).isEqualTo("CONFIRMED");
    }

    @Test
    void anAnswerIsCompleteAndOnlyTheAddresseeGivesIt() {
        long id = ((Number) query(SENDER, SEND.formatted("", ""))).longValue();
        assertThatThrownBy(() -> update(SENDER, ANSWER.formatted("CONFIRMED", id)))
                .hasStackTraceContaining("only the addressee answers");
        assertThatThrownBy(() -> update(ADDRESSEE,
                "update platform.exchange_message set answered_at = now() where id = " + id))
                .hasStackTraceContaining("names who gave it");
    }

    private static final TenantCode THIRD = TenantCode.of("621227100001");
    private static final String NOTICE = """
            insert into platform.exchange_message (kind, sender_code, addressee_code, title, notice_text, sent_by)
            values ('NOTICE', '621227100', '621227101', '通报', '正文', 'policy-test') returning id""";

    @Test
    void aNoticeIsReadOnceAndNeverAnswered() {
        long id = ((Number) query(SENDER, NOTICE)).longValue();
        assertThatThrownBy(() -> update(ADDRESSEE, ANSWER.formatted("CONFIRMED", id)))
                .hasStackTraceContaining("a notice is not answered");
        assertThatThrownBy(() -> update(SENDER,
                "update platform.exchange_message set read_at = now(), read_by = 'x' where id = " + id))
                .as("only the addressee gives the receipt").hasStackTraceContaining("not allowed");
        assertThat(update(ADDRESSEE,
                "update platform.exchange_message set read_at = now(), read_by = 'policy-test' where id = " + id))
                .isEqualTo(1);
        assertThatThrownBy(() -> update(ADDRESSEE,
                "update platform.exchange_message set read_at = now(), read_by = 'again' where id = " + id))
                .hasStackTraceContaining("not allowed");
    }

    @Test
    void nothingIsAnsweredOrAskedInAClosedThreadAndOnlyItsSenderClosesIt() {
        long root = ((Number) query(SENDER, SEND.formatted("", ""))).longValue();
        long followUp = ((Number) query(SENDER, SEND.formatted(", thread_id", ", " + root))).longValue();
        String close = "update platform.exchange_message set closed_at = now(), closed_by = 'policy-test' where id = "
                + root;
        assertThatThrownBy(() -> update(ADDRESSEE, close)).hasStackTraceContaining("not allowed");
        assertThat(update(THIRD, close)).as("out of a third unit's reach").isZero();
        assertThat(update(SENDER, close)).isEqualTo(1);
        assertThatThrownBy(() -> update(ADDRESSEE, ANSWER.formatted("CONFIRMED", followUp)))
                .hasStackTraceContaining("the thread is closed");
        assertThatThrownBy(() -> query(SENDER, SEND.formatted(", thread_id", ", " + root)))
                .as("no follow-up in a closed thread").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> query(ADDRESSEE, SEND.formatted(", thread_id", ", " + followUp)
                .replace("'621227100', '621227101'", "'621227101', '621227100'")))
                .as("nor in a thread someone else opened").hasStackTraceContaining("row-level security");
    }

    @Test
    void aTaskOfThePersonIndexIsNeverWrittenByHand() {
        assertThatThrownBy(() -> query(SENDER, SEND.formatted(", origin", ", 'MATCH'")))
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> query(ADDRESSEE, SEND.formatted(", origin", ", 'NATIONAL'")))
                .as("a tenant is no national sender").hasStackTraceContaining("row-level security");
    }

    @Test
    void aThirdUnitReadsNoneOfTheRows() {
        long id = ((Number) query(SENDER, SEND.formatted("", ""))).longValue();
        long notice = ((Number) query(SENDER, NOTICE)).longValue();
        assertThat(query(THIRD, "select count(*) from platform.exchange_message where id in (" + id + ", " + notice + ")"))
                .isEqualTo(0L);
        assertThat(query(ADDRESSEE, "select count(*) from platform.exchange_message where id in (" + id + ", " + notice
                + ")")).isEqualTo(2L);
        assertThat(update(THIRD, "update platform.exchange_message set read_at = now(), read_by = 'x' where id = "
                + notice)).isZero();
    }

    @Test
    void onlyTheCountySetsItsTimeLimitsAndEachCountyReadsOnlyItsOwn() {
        String set = """
                insert into platform.exchange_time_limit (county_code, urgency, days, working_days, updated_by)
                values ('%s', 'NORMAL', 20, true, 'policy-test')
                on conflict (county_code, urgency) do update set days = excluded.days returning days""";
        assertThatThrownBy(() -> query(SENDER, set.formatted("621227"))).as("a township")
                .hasStackTraceContaining("row-level security");
        assertThat(query(TenantCode.of("621227"), set.formatted("621227"))).isEqualTo(20);
        assertThat(query(SENDER, "select count(*) from platform.exchange_time_limit where county_code = '621227'"
                + " and urgency = 'NORMAL'"))
                .isEqualTo(1L);
        asOwner().sql("delete from platform.exchange_time_limit where urgency = 'NORMAL'").update();
    }

    @Test
    void aFollowUpStaysWithItsThreadsAddresseeAndPerson() {
        long id = ((Number) query(SENDER, SEND.formatted("", ""))).longValue();
        assertThatThrownBy(() -> query(SENDER, """
                insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number,
                    outcome, sent_by, due_on, due_provisional, escalate_on, thread_id)
                values ('FEEDBACK', '621227100', '621227100001', '王芳', '621227199001010023', 'VERIFIED', 'x',
                        current_date, false, current_date + 3, %d) returning id""".formatted(id)))
                .as("a follow-up to another unit than the thread's").hasStackTraceContaining("row-level security");
    }

    @Test
    void theIndexBelievesATenantOnlyAboutItsOwnPersons() {
        assertThatThrownBy(() -> query(SENDER, """
                select count(*) from platform.person_index_hold(-1, decode(repeat('ab', 32), 'hex'), 1::smallint,
                    'OUTFLOW', '伪造', '621227199001010023', current_date - 30, false, current_date - 20)"""))
                .as("a made-up person, to probe the index or forge a task").hasStackTraceContaining("is not held by");
    }

    private Object query(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getSingleResult()));
    }

    private int update(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).executeUpdate()));
    }
}
