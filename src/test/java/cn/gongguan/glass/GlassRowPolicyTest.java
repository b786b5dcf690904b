package cn.gongguan.glass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import cn.gongguan.reference.IdNumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's own rules for break-the-glass, tried with hand-written SQL as the tenants' roles: the county opens
 * and reads only through the functions, only in its own tree, only under a valid access of its own; each unit reads
 * only the accesses that concern it. A second county tree (测试二县) is declared for the test.
 */
class GlassRowPolicyTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final TenantCode OTHER_COUNTY = SecondCountyTree.COUNTY;
    private static final TenantCode OTHER_TOWNSHIP = SecondCountyTree.TOWNSHIP;
    /** 刘芳 of the demo registry of 城关镇. */
    private static final String LIU_FANG = idNumber("621227198805300" + "62");
    private static final String OPEN = "select platform.glass_open('%s', '%s', 'SUPERVISION', '督导检查', interval '1 hour', '%s')";

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    JdbcClient runtime;

    @BeforeEach
    void aSecondCountyTree() throws Exception {
        secondCounty.declare();
    }

    @Test
    void theCountysRoleReadsNoTownshipSchema() {
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "select count(*) from t_621227100.person"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "select count(*) from t_621227100.archive"))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void nothingIsReadWithoutAValidAccessOfOnesOwn() {
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "select * from platform.glass_person(-1, 'county.governance')"))
                .hasStackTraceContaining("no valid access");
        long access = open(COUNTY, CHENGGUAN, "policy.a");
        assertThat(rows(COUNTY, "select name from platform.glass_person(" + access + ", 'policy.a')"))
                .containsExactly("刘芳");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "select * from platform.glass_person(" + access + ", 'policy.b')"))
                .as("another member of the county").hasStackTraceContaining("no valid access");
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "select * from platform.glass_steps(" + access + ", 'policy.a')"))
                .as("a township").hasStackTraceContaining("for a county's role");

        asOwner().sql("update platform.glass_access set opened_at = opened_at - interval '2 hours',"
                + " expires_at = expires_at - interval '2 hours' where id = ?").param(access).update();
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "select * from platform.glass_person(" + access + ", 'policy.a')"))
                .as("expired").hasStackTraceContaining("no valid access");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "select * from platform.glass_follow_ups(" + access + ", 'policy.a')"))
                .hasStackTraceContaining("no valid access");
    }

    @Test
    void aCountyOpensOnlyInItsOwnTreeAndOnlyPersonsThatExistThere() {
        assertThatThrownBy(() -> open(OTHER_COUNTY, CHENGGUAN, "policy.other"))
                .hasStackTraceContaining("is not a unit of county 629970");
        assertThatThrownBy(() -> open(COUNTY, OTHER_TOWNSHIP, "policy.a"))
                .hasStackTraceContaining("is not a unit of county 621227");
        assertThatThrownBy(() -> open(COUNTY, COUNTY, "policy.a")).as("not the county itself")
                .hasStackTraceContaining("is not a unit of county 621227");
        assertThatThrownBy(() -> open(CHENGGUAN, FUJIA, "policy.a")).as("not a township")
                .hasStackTraceContaining("for a county's role");
        assertThat(rows(COUNTY, OPEN.formatted(FUJIA.value(), LIU_FANG, "policy.a")))
                .as("刘芳 is 城关镇's, not 伏家镇's: nothing opened").containsExactly((Object) null);
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, OPEN.formatted(CHENGGUAN.value(), LIU_FANG, "policy.a")
                .replace("interval '1 hour'", "interval '2 days'"))).hasStackTraceContaining("at most a day");
    }

    @Test
    void eachUnitReadsOnlyTheAccessesThatConcernItAndNobodyWritesThemByHand() {
        long access = open(COUNTY, CHENGGUAN, "policy.a");
        String count = "select count(*) from platform.glass_access where id = " + access;
        assertThat(rows(COUNTY, count)).containsExactly(1L);
        assertThat(rows(CHENGGUAN, count)).containsExactly(1L);
        assertThat(rows(FUJIA, count)).containsExactly(0L);
        assertThat(rows(OTHER_COUNTY, count)).as("another county").containsExactly(0L);
        assertThat(rows(OTHER_TOWNSHIP, count)).containsExactly(0L);
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, """
                insert into platform.glass_access (county_code, opened_by, target_code, person_id, reason_kind,
                    reason_text, expires_at)
                values ('621227', 'policy.a', '621227100', 1, 'OTHER', '手写', now() + interval '1 day') returning id"""))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "update platform.glass_access set expires_at = expires_at"
                + " + interval '1 day' where id = " + access + " returning id"))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql(count).query(Long.class).single()).as("the runtime role itself")
                .hasStackTraceContaining("permission denied");
    }

    private long open(TenantCode county, TenantCode unit, String actor) {
        return ((Number) sqlAsTenant(county, OPEN.formatted(unit.value(), LIU_FANG, actor)).getFirst()).longValue();
    }

    /** The rows of a statement as the tenant's role runs it. */
    private List<Object> rows(TenantCode tenant, String sql) {
        return new ArrayList<>(sqlAsTenant(tenant, sql));
    }

    private static String idNumber(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
