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
                                                   sent_by, due_on, due_provisional%s)
            values ('FEEDBACK', '621227100', '621227101', '王芳', '621227199001010023', 'VERIFIED', 'policy-test',
                    current_date, false%s) returning id""";
    private static final String ANSWER = """
            update platform.exchange_message set answered_at = now(), answered_by = 'policy-test', answer = '%s'
            where id = %d""";

    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aSenderCannotSendAMessageWithAnAnswerOfItsOwnMaking() {
        assertThatThrownBy(() -> query(SENDER, SEND.formatted(", answered_at, answered_by, answer",
                ", now(), 'policy-test', '已核实'"))).hasStackTraceContaining("row-level security");
    }

    @Test
    void anAddresseeAnswersOnceAndTheFirstAnswerStays() {
        long id = ((Number) query(SENDER, SEND.formatted("", ""))).longValue();
        assertThat(update(ADDRESSEE, ANSWER.formatted("已核实", id))).isEqualTo(1);
        assertThat(update(ADDRESSEE, ANSWER.formatted("改口", id))).isZero();
        assertThat(query(ADDRESSEE, "select answer from platform.exchange_message where id = " + id)).isEqualTo("已核实");
    }

    @Test
    void anAnswerIsCompleteAndOnlyTheAddresseeGivesIt() {
        long id = ((Number) query(SENDER, SEND.formatted("", ""))).longValue();
        assertThat(update(SENDER, ANSWER.formatted("自问自答", id))).isZero();
        assertThatThrownBy(() -> update(ADDRESSEE,
                "update platform.exchange_message set answered_at = now() where id = " + id))
                .hasStackTraceContaining("row-level security");
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
