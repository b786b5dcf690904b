package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database's own rules for the national platform's files, tried with hand-written SQL as the tenants' roles: a
 * unit imports only requests addressed to itself from a place outside this system, reads only its own batches, and
 * records a reply only on its own message to such a place, once.
 */
class NationalRowPolicyTest extends IntegrationTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final String IMPORT = """
            insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name, id_number,
                outcome, sent_by, due_on, due_provisional, escalate_on, national_number)
            values ('FEEDBACK', 'NATIONAL', '%s', '%s', '平台来件', '621227199001010023', 'VERIFIED', 'national-platform',
                current_date + 5, false, current_date + 8, '%s') returning id""";
    private static final String SEND = """
            insert into platform.exchange_message (kind, sender_code, addressee_code, person_name, id_number, outcome,
                sent_by, due_on, due_provisional, escalate_on, outbox_state)
            values ('FEEDBACK', '621227100', '%s', '王芳', '621227199001010023', 'VERIFIED', 'policy-test',
                current_date + 5, false, current_date + 8, %s) returning id""";
    private static final String REPLY = """
            update platform.exchange_message set answered_at = now(), answered_by = '五山街道', result = '%s',
                outbox_state = 'ACKNOWLEDGED' where id = %d returning id""";

    @Test
    void aUnitImportsOnlyRequestsAddressedToItselfFromAPlaceOutsideThisSystem() {
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, IMPORT.formatted("440106001", FUJIA.value(), number())))
                .as("addressed to another tenant").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, IMPORT.formatted(FUJIA.value(), CHENGGUAN.value(), number())))
                .as("a tenant posing as the platform's sender").hasStackTraceContaining("row-level security");
        assertThat(sqlAsTenant(CHENGGUAN, IMPORT.formatted("440106001", CHENGGUAN.value(), number()))).hasSize(1);
    }

    @Test
    void aUnitReadsAndWritesOnlyItsOwnBatches() {
        asOwner().sql("insert into platform.exchange_batch (tenant_code, number, messages, exported_by) values (?, ?, 1, 'x')")
                .params(FUJIA.value(), 900_001).update();
        assertThat(sqlAsTenant(CHENGGUAN, "select number from platform.exchange_batch where tenant_code = '"
                + FUJIA.value() + "'")).as("another unit's batches are not there for it").isEmpty();
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, """
                insert into platform.exchange_batch (tenant_code, number, messages, exported_by)
                values ('621227101', 1, 1, 'forged') returning number""")).hasStackTraceContaining("row-level security");
    }

    @Test
    void aReplyIsRecordedOnlyOnTheUnitsOwnMessageToAPlaceOutsideAndOnlyOnce() {
        long toTenant = id(sqlAsTenant(CHENGGUAN, SEND.formatted(FUJIA.value(), "null")));
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, REPLY.formatted("VERIFIED", toTenant)))
                .as("a tenant addressee answers for itself").hasStackTraceContaining("only the addressee answers");

        long outside = id(sqlAsTenant(CHENGGUAN, SEND.formatted("440106001", "'EXPORTED'")));
        assertThat(sqlAsTenant(FUJIA, REPLY.formatted("VERIFIED", outside))).as("not another unit's message").isEmpty();
        assertThat(sqlAsTenant(CHENGGUAN, REPLY.formatted("VERIFIED", outside))).hasSize(1);
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, REPLY.formatted("LEFT", outside)))
                .as("the reply recorded stays").hasStackTraceContaining("not allowed");
    }

    private static long id(List<?> returned) {
        return ((Number) returned.getFirst()).longValue();
    }

    private static String number() {
        return "QG" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
