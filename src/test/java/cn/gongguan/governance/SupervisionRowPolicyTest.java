package cn.gongguan.governance;

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
 * The database's own rules for the supervision visits, tried with hand-written SQL as the tenants' roles: a visit is
 * read by its county and its township only; a county records visits only of its own townships; the township writes
 * only the answer of its own visits; nobody deletes one. A second county tree (测试二县) is declared for the test.
 */
class SupervisionRowPolicyTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final TenantCode BEIJIE = TenantCode.of("621227100001");
    private static final TenantCode OTHER_COUNTY = SecondCountyTree.COUNTY;
    private static final TenantCode OTHER_TOWNSHIP = SecondCountyTree.TOWNSHIP;
    private static final String RECORD = """
            insert into platform.supervision_visit (county_code, township_code, visited_on, findings, rectification,
                rectify_by, recorded_by)
            values ('%s', '%s', current_date, '手写检查', '手写整改', current_date + 30, 'policy') returning id""";
    private static final String ANSWER = "update platform.supervision_visit set rectified = '已整改',"
            + " rectified_on = current_date, answered_by = 'policy', answered_at = now() where id = %d returning id";

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    JdbcClient runtime;

    @BeforeEach
    void aSecondCountyTree() throws Exception {
        secondCounty.declare();
    }

    @Test
    void aVisitIsReadByItsCountyAndItsTownshipOnly() {
        long visit = record(COUNTY, CHENGGUAN);
        String count = "select count(*) from platform.supervision_visit where id = " + visit;
        assertThat(rows(COUNTY, count)).containsExactly(1L);
        assertThat(rows(CHENGGUAN, count)).containsExactly(1L);
        assertThat(rows(FUJIA, count)).as("another township").containsExactly(0L);
        assertThat(rows(BEIJIE, count)).as("a committee of the township").containsExactly(0L);
        assertThat(rows(OTHER_COUNTY, count)).as("another county").containsExactly(0L);
        assertThat(rows(OTHER_TOWNSHIP, count)).containsExactly(0L);
        assertThatThrownBy(() -> runtime.sql(count).query(Long.class).single()).as("the runtime role itself")
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void aCountyRecordsVisitsOnlyOfItsOwnTownships() {
        assertThat(record(OTHER_COUNTY, OTHER_TOWNSHIP)).isPositive();
        assertThatThrownBy(() -> record(COUNTY, OTHER_TOWNSHIP)).as("another county's township")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> record(OTHER_COUNTY, CHENGGUAN)).hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> record(COUNTY, BEIJIE)).as("not a township")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(OTHER_COUNTY, RECORD.formatted(COUNTY.value(), CHENGGUAN.value())))
                .as("in another county's name").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> record(CHENGGUAN, CHENGGUAN)).as("a township").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, """
                insert into platform.supervision_visit (county_code, township_code, visited_on, findings,
                    rectification, rectify_by, recorded_by, rectified, rectified_on, answered_by, answered_at)
                values ('621227', '621227100', current_date, 'a', 'b', current_date, 'policy', '自答', current_date,
                    'policy', now()) returning id""")).as("answered by the county itself")
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void onlyItsTownshipAnswersAVisitAndNothingElseChanges() {
        long visit = record(COUNTY, CHENGGUAN);
        assertThat(rows(FUJIA, ANSWER.formatted(visit))).as("another township").isEmpty();
        assertThat(rows(OTHER_COUNTY, ANSWER.formatted(visit))).as("another county").isEmpty();
        assertThat(rows(COUNTY, ANSWER.formatted(visit))).as("the county itself").isEmpty();
        assertThat(asOwner().sql("select rectified is null from platform.supervision_visit where id = ?").param(visit)
                .query(Boolean.class).single()).as("unanswered").isTrue();
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "update platform.supervision_visit set findings = '改写'"
                + " where id = " + visit + " returning id")).as("the findings")
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "update platform.supervision_visit set rectify_by ="
                + " rectify_by + 30 where id = " + visit + " returning id")).as("the day asked")
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "delete from platform.supervision_visit where id = " + visit
                + " returning id")).hasStackTraceContaining("permission denied");

        assertThat(rows(CHENGGUAN, ANSWER.formatted(visit))).containsExactly(visit);
        assertThat(asOwner().sql("select rectified from platform.supervision_visit where id = ?").param(visit)
                .query(String.class).single()).isEqualTo("已整改");
    }

    @Test
    void aTownshipAnswersOnceAtTheDatabasesTimeAndNeverUnanswers() {
        long visit = record(COUNTY, CHENGGUAN);
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "update platform.supervision_visit set rectified = '明天整改',"
                + " rectified_on = current_date + 2, answered_by = 'policy', answered_at = now() where id = " + visit
                + " returning id")).as("rectified on a day to come").hasStackTraceContaining("a day to come");
        assertThat(rows(CHENGGUAN, "update platform.supervision_visit set rectified = '已整改', rectified_on ="
                + " current_date, answered_by = 'policy', answered_at = now() - interval '30 days' where id = " + visit
                + " returning id")).containsExactly(visit);
        assertThat(asOwner().sql("select answered_at > now() - interval '1 hour' from platform.supervision_visit"
                + " where id = ?").param(visit).query(Boolean.class).single()).as("not backdated").isTrue();

        for (String change : new String[] {
                "rectified = null, rectified_on = null, answered_by = null, answered_at = null",
                "rectified = '再答一次', rectified_on = current_date, answered_at = now()",
                "rectified_on = rectified_on - 1",
                "answered_by = 'someone.else'",
                "answered_at = answered_at - interval '1 day'"}) {
            assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "update platform.supervision_visit set " + change
                    + " where id = " + visit + " returning id")).as(change)
                    .hasStackTraceContaining("answered already");
        }
        assertThat(asOwner().sql("select rectified || answered_by from platform.supervision_visit where id = ?")
                .param(visit).query(String.class).single()).isEqualTo("已整改policy");
    }

    private long record(TenantCode county, TenantCode township) {
        return ((Number) sqlAsTenant(county, RECORD.formatted(county.value(), township.value())).getFirst())
                .longValue();
    }

    private List<Object> rows(TenantCode tenant, String sql) {
        List<Object> rows = new ArrayList<>();
        for (Object row : sqlAsTenant(tenant, sql)) {
            rows.add(row instanceof Number n ? (Object) n.longValue() : row);
        }
        return rows;
    }
}
