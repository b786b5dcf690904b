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

    private Object query(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getSingleResult()));
    }

    private int update(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).executeUpdate()));
    }
}
