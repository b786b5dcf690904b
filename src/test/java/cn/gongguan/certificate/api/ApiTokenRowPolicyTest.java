package cn.gongguan.certificate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's own rules for the API tokens, tried with hand-written SQL as the tenants' roles and the runtime
 * role: a county reads and changes its own tokens only, and never their hashes; no township reads any; the runtime
 * role reads none and finds an active token only by its hash, through the definer function; a revoked token stays
 * revoked. A second county tree (测试二县) is declared for the test.
 */
class ApiTokenRowPolicyTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode OTHER_COUNTY = SecondCountyTree.COUNTY;
    private static final String CREATE = """
            insert into platform.api_token (county_code, department, name, hint, secret_hash, created_by)
            values ('%s', 'POLICE', '%s', 'ggc_policy', sha256(convert_to('%s', 'UTF8')), 'policy') returning id""";

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    JdbcClient runtime;

    @BeforeEach
    void aSecondCountyTree() throws Exception {
        secondCounty.declare();
    }

    @Test
    void aCountyKeepsItsOwnTokensAndNeverReadsTheirHashes() {
        long id = create(COUNTY, "ggc_policy-own");
        String count = "select count(*) from platform.api_token where id = " + id;
        assertThat(rows(COUNTY, count)).containsExactly(1L);
        assertThat(rows(OTHER_COUNTY, count)).as("another county").containsExactly(0L);
        assertThat(rows(CHENGGUAN, count)).as("a township of the county").containsExactly(0L);
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "select secret_hash from platform.api_token"))
                .as("the hashes").hasStackTraceContaining("permission denied");
        assertThat(rows(OTHER_COUNTY, "update platform.api_token set revoked_by = 'x', revoked_at = now()"
                + " where id = " + id + " returning id")).as("another county's revocation").isEmpty();
        assertThatThrownBy(() -> create(OTHER_COUNTY, COUNTY, "ggc_policy-foreign")).as("for another county")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> create(CHENGGUAN, CHENGGUAN, "ggc_policy-township")).as("for a township")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "delete from platform.api_token where id = " + id))
                .as("nobody deletes").hasStackTraceContaining("permission denied");
    }

    @Test
    void theRuntimeRoleFindsOnlyAnActiveTokenByItsHash() {
        long id = create(COUNTY, "ggc_policy-runtime");
        assertThatThrownBy(() -> runtime.sql("select count(*) from platform.api_token").query(Long.class).single())
                .hasStackTraceContaining("permission denied");
        String caller = "select id, county_code, department, name, per_minute"
                + " from platform.api_token_caller(sha256(convert_to(?, 'UTF8')))";
        assertThat(runtime.sql(caller).param("ggc_policy-runtime").query().listOfRows())
                .singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("id", id).containsEntry("county_code", "621227")
                            .containsEntry("department", "POLICE").containsKey("per_minute").hasSize(5);
                });
        assertThat(runtime.sql(caller).param("ggc_policy-unknown").query().listOfRows()).isEmpty();
        assertThat(rows(COUNTY, "update platform.api_token set revoked_by = 'policy', revoked_at = now()"
                + " where id = " + id + " returning id")).containsExactly(id);
        assertThat(runtime.sql(caller).param("ggc_policy-runtime").query().listOfRows()).as("revoked").isEmpty();
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "update platform.api_token set revoked_by = null,"
                + " revoked_at = null where id = " + id)).as("revived").hasStackTraceContaining("is revoked");
        assertThatThrownBy(() -> asOwner().sql("update platform.api_token set secret_hash = sha256('x')"
                + " where id = " + id).update()).as("rotated after its revocation, even by the owner")
                .hasStackTraceContaining("is revoked");
    }

    private List<Object> rows(TenantCode tenant, String sql) {
        return new ArrayList<>(sqlAsTenant(tenant, sql));
    }

    private long create(TenantCode county, String secret) {
        return create(county, county, secret);
    }

    private long create(TenantCode as, TenantCode county, String secret) {
        List<?> ids = sqlAsTenant(as, CREATE.formatted(county.value(), "policy " + secret, secret));
        return ((Number) ids.getFirst()).longValue();
    }
}
