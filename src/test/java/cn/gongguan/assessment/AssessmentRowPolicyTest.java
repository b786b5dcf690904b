package cn.gongguan.assessment;

import static cn.gongguan.assessment.AssessmentFixtures.clearYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cross-tenant path 7 (the assessment's tables) as the database enforces it, tried with hand-written SQL as the
 * tenants' roles: the county and its townships read the scheme and the year, the county and the township itself the
 * rest; the county saves schemes, turns its year, decides objections and approves; a township confirms or objects only
 * for itself and only under review; whatever comes out of turn is refused with GG003. The year 2022 is this test's.
 */
class AssessmentRowPolicyTest extends IntegrationTest {

    private static final int YEAR = 2022;
    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final TenantCode BEIJIE = TenantCode.of("621227100001");
    private static final TenantCode OTHER_COUNTY = SecondCountyTree.COUNTY;
    private static final TenantCode OTHER_TOWNSHIP = SecondCountyTree.TOWNSHIP;
    private static final String SAVE = """
            insert into platform.assessment_scheme (county_code, year, version, body, saved_by)
            values ('%s', %d, %d, 'total: 100', 'policy') returning id""";
    private static final String CONFIRM = """
            insert into platform.assessment_confirmation (county_code, year, township_code, score, confirmed_by)
            values ('621227', 2022, '%s', 88.5, 'policy') returning township_code""";
    private static final String OBJECT = """
            insert into platform.assessment_objection (county_code, year, township_code, item, deducted, reason,
                raised_by)
            values ('621227', 2022, '%s', 'feedback_late', 1.5, '系统停机', 'policy') returning id""";
    private static final String APPROVE = """
            insert into platform.assessment_result (county_code, year, township_code, scheme_version, score, rank,
                rating, card)
            values ('621227', 2022, '%s', 1, 88.5, 1, 'NONE', '{}') returning township_code""";
    private static final String DECIDE = "update platform.assessment_objection set decision = 'REJECTED',"
            + " decision_reason = '无据', decided_by = 'policy', decided_at = now() where id = %d";

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    DatabaseOwner owner;
    @Autowired
    JdbcClient runtime;

    @BeforeEach
    void aFreshYearOpenedByTheCounty() throws Exception {
        secondCounty.declare();
        clearYears(asOwner(), YEAR, YEAR);
        sqlAsTenant(COUNTY, SAVE.formatted(COUNTY.value(), YEAR, 1));
        sqlAsTenant(COUNTY, "insert into platform.assessment_year (county_code, year, changed_by)"
                + " values ('621227', 2022, 'policy') returning year");
    }

    @Test
    void theSchemeAndTheYearAreReadByTheCountyAndItsTownshipsOnly() {
        for (String table : new String[] {"assessment_scheme", "assessment_year"}) {
            String count = "select count(*) from platform." + table + " where year = " + YEAR;
            assertThat(count(COUNTY, count)).as(table).isEqualTo(1);
            assertThat(count(CHENGGUAN, count)).as(table).isEqualTo(1);
            assertThat(count(FUJIA, count)).as(table).isEqualTo(1);
            assertThat(count(BEIJIE, count)).as(table + ": a committee").isZero();
            assertThat(count(OTHER_COUNTY, count)).as(table + ": another county").isZero();
            assertThat(count(OTHER_TOWNSHIP, count)).as(table + ": another county's township").isZero();
            assertThatThrownBy(() -> runtime.sql(count).query(Long.class).single()).as(table + ": the runtime role")
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void aTownshipsPartIsReadByTheCountyAndThatTownshipOnly() {
        asOwner().sql("update platform.assessment_year set state = 'LOCKED', scheme_version = 1 where year = ?")
                .param(YEAR).update();
        for (String row : new String[] {CONFIRM, OBJECT, APPROVE}) {
            asOwner().sql(row.formatted(CHENGGUAN.value())).query().listOfRows();
        }
        for (String table : new String[] {"assessment_confirmation", "assessment_objection", "assessment_result"}) {
            String count = "select count(*) from platform." + table + " where year = " + YEAR;
            assertThat(count(COUNTY, count)).as(table).isEqualTo(1);
            assertThat(count(CHENGGUAN, count)).as(table).isEqualTo(1);
            assertThat(count(FUJIA, count)).as(table + ": another township").isZero();
            assertThat(count(BEIJIE, count)).as(table + ": a committee").isZero();
            assertThat(count(OTHER_COUNTY, count)).as(table + ": another county").isZero();
            assertThat(count(OTHER_TOWNSHIP, count)).as(table + ": another county's township").isZero();
            assertThatThrownBy(() -> runtime.sql(count).query(Long.class).single()).as(table + ": the runtime role")
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void onlyTheCountySavesItsSchemesAndNobodyRewritesOne() {
        assertThat(sqlAsTenant(COUNTY, SAVE.formatted(COUNTY.value(), YEAR, 2))).hasSize(1);
        assertThat(sqlAsTenant(OTHER_COUNTY, SAVE.formatted(OTHER_COUNTY.value(), YEAR, 1))).as("its own").hasSize(1);
        assertThatThrownBy(() -> sqlAsTenant(OTHER_COUNTY, SAVE.formatted(COUNTY.value(), YEAR, 3)))
                .as("in another county's name").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, SAVE.formatted(CHENGGUAN.value(), YEAR, 1)))
                .as("a township keeps no scheme").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, SAVE.formatted(COUNTY.value(), YEAR, 3)))
                .as("nor its county's").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "update platform.assessment_scheme set body = 'total: 90'"
                + " where year = " + YEAR + " returning id")).as("a version is never changed")
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "delete from platform.assessment_scheme where year = " + YEAR
                + " returning id")).as("nor taken back").hasStackTraceContaining("permission denied");
    }

    @Test
    void onlyTheCountyOpensAndTurnsItsYear() {
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "insert into platform.assessment_year (county_code, year,"
                + " changed_by) values ('621227100', 2022, 'policy') returning year")).as("a township has no year")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(OTHER_COUNTY, "insert into platform.assessment_year (county_code, year,"
                + " changed_by) values ('621227', 2023, 'policy') returning year")).as("another county's")
                .hasStackTraceContaining("row-level security");
        String review = "update platform.assessment_year set state = 'REVIEW', changed_by = 'policy' where year = "
                + YEAR + " and county_code = '621227'";
        assertThat(update(CHENGGUAN, review)).as("a township").isZero();
        assertThat(update(OTHER_COUNTY, review)).as("another county").isZero();
        assertThat(yearState()).isEqualTo("OPEN");
        assertThatThrownBy(() -> update(COUNTY, "update platform.assessment_year set year = 2030 where year = "
                + YEAR)).as("the year itself").hasStackTraceContaining("permission denied");
        assertThat(update(COUNTY, review)).isEqualTo(1);
        assertThat(yearState()).isEqualTo("REVIEW");
    }

    @Test
    void aTownshipConfirmsOnlyForItselfAndOnlyUnderReview() {
        guarded(() -> sqlAsTenant(CHENGGUAN, CONFIRM.formatted(CHENGGUAN.value())), "not under review");
        review();
        assertThatThrownBy(() -> sqlAsTenant(FUJIA, CONFIRM.formatted(CHENGGUAN.value())))
                .as("for another township").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, CONFIRM.formatted(COUNTY.value())))
                .as("the county confirms nothing").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(BEIJIE, CONFIRM.formatted(BEIJIE.value())))
                .as("a committee").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(OTHER_TOWNSHIP, CONFIRM.formatted(OTHER_TOWNSHIP.value())))
                .as("another county's township").hasStackTraceContaining("row-level security");
        assertThat(sqlAsTenant(CHENGGUAN, CONFIRM.formatted(CHENGGUAN.value()))).hasSize(1);
        String takeBack = "delete from platform.assessment_confirmation where year = " + YEAR + " returning 1";
        assertThat(sqlAsTenant(CHENGGUAN, takeBack)).as("a township takes back no confirmation").isEmpty();
        assertThat(sqlAsTenant(FUJIA, takeBack)).isEmpty();
        guarded(() -> sqlAsTenant(CHENGGUAN, OBJECT.formatted(CHENGGUAN.value())), "confirmed its scorecard");
        lock();
        guarded(() -> sqlAsTenant(FUJIA, CONFIRM.formatted(FUJIA.value())), "not under review");
        guarded(() -> sqlAsTenant(COUNTY, takeBack), "not under review");
        assertThat(count(CHENGGUAN, "select count(*) from platform.assessment_confirmation where year = " + YEAR))
                .as("the county takes confirmations back only by reopening").isEqualTo(1);
    }

    @Test
    void aTownshipObjectsOnlyForItselfUnderReviewAndDecidesNothing() {
        guarded(() -> sqlAsTenant(CHENGGUAN, OBJECT.formatted(CHENGGUAN.value())), "not under review");
        review();
        assertThatThrownBy(() -> sqlAsTenant(FUJIA, OBJECT.formatted(CHENGGUAN.value())))
                .as("for another township").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, OBJECT.formatted(COUNTY.value())))
                .as("the county").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(OTHER_TOWNSHIP, OBJECT.formatted(OTHER_TOWNSHIP.value())))
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, """
                insert into platform.assessment_objection (county_code, year, township_code, item, deducted, reason,
                    raised_by, decision, restored, decision_reason, decided_by, decided_at)
                values ('621227', 2022, '621227100', 'feedback_late', 1.5, '自判', 'policy', 'UPHELD', 1.5, '自判',
                    'policy', now()) returning id""")).as("decided by the township itself")
                .hasStackTraceContaining("permission denied");
        long objection = id(CHENGGUAN, OBJECT.formatted(CHENGGUAN.value()));
        assertThat(update(CHENGGUAN, DECIDE.formatted(objection))).as("the township decides nothing").isZero();
        assertThat(update(FUJIA, DECIDE.formatted(objection))).isZero();
        assertThatThrownBy(() -> update(CHENGGUAN, "update platform.assessment_objection set reason = '改写' where id = "
                + objection)).as("nor rewrites its reason").hasStackTraceContaining("permission denied");
        assertThat(asOwner().sql("select decision is null from platform.assessment_objection where id = ?")
                .param(objection).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theCountyDecidesAnObjectionOnceAndOnlyItsDecision() {
        review();
        long objection = id(CHENGGUAN, OBJECT.formatted(CHENGGUAN.value()));
        assertThatThrownBy(() -> update(COUNTY, "update platform.assessment_objection set deducted = 0.5 where id = "
                + objection)).as("the deduction objected to").hasStackTraceContaining("permission denied");
        assertThat(update(OTHER_COUNTY, DECIDE.formatted(objection))).as("another county").isZero();
        assertThat(update(COUNTY, "update platform.assessment_objection set decision = 'REJECTED',"
                + " decision_reason = '无据', decided_by = 'policy', decided_at = now() - interval '10 days'"
                + " where id = " + objection)).isEqualTo(1);
        assertThat(asOwner().sql("select decided_at > now() - interval '1 hour' from platform.assessment_objection"
                + " where id = ?").param(objection).query(Boolean.class).single()).as("not backdated").isTrue();
        guarded(() -> update(COUNTY, "update platform.assessment_objection set decision = 'UPHELD', restored = 1,"
                + " decision_reason = '改判', decided_by = 'policy', decided_at = now() where id = " + objection),
                "decided already");
        long later = id(CHENGGUAN, OBJECT.formatted(CHENGGUAN.value()));
        lock();
        guarded(() -> update(COUNTY, DECIDE.formatted(later)), "not under review");
        guarded(() -> sqlAsTenant(CHENGGUAN, OBJECT.formatted(CHENGGUAN.value())), "not under review");
    }

    @Test
    void approvedScorecardsAreWrittenOnlyWithTheLockAndTakenBackOnlyByReopening() {
        review();
        guarded(() -> sqlAsTenant(COUNTY, APPROVE.formatted(CHENGGUAN.value())), "with the year's lock");
        lock();
        assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, APPROVE.formatted(CHENGGUAN.value())))
                .as("a township approves nothing").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, APPROVE.formatted(OTHER_TOWNSHIP.value())))
                .as("another county's township").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, APPROVE.formatted(BEIJIE.value())))
                .as("a committee").hasStackTraceContaining("row-level security");
        assertThat(sqlAsTenant(COUNTY, APPROVE.formatted(CHENGGUAN.value()))).hasSize(1);
        assertThatThrownBy(() -> update(COUNTY, "update platform.assessment_result set score = 99 where year = "
                + YEAR)).as("nobody changes an approved score").hasStackTraceContaining("permission denied");
        String takeBack = "with gone as (delete from platform.assessment_result where year = 2022 returning 1)"
                + " select count(*) from gone";
        assertThat(count(CHENGGUAN, takeBack)).as("the township takes nothing back").isZero();
        guarded(() -> sqlAsTenant(COUNTY, takeBack), "with the year's lock");
        update(COUNTY, "update platform.assessment_year set state = 'REVIEW', scheme_version = null,"
                + " reason = '补录' where year = " + YEAR);
        assertThat(count(COUNTY, takeBack)).as("reopened").isEqualTo(1);
    }

    @Test
    void anObjectionUnderWayWhenTheCountyApprovesWaitsAndIsRefused() throws Exception {
        review();
        try (Connection county = session(COUNTY)) {
            try (Statement approve = county.createStatement()) {
                approve.executeUpdate("update platform.assessment_year set state = 'LOCKED', scheme_version = 1,"
                        + " changed_by = 'policy' where county_code = '621227' and year = " + YEAR);
            }
            CompletableFuture<Void> objection = CompletableFuture.runAsync(() -> {
                try (Connection township = session(CHENGGUAN); Statement object = township.createStatement()) {
                    object.executeUpdate(OBJECT.formatted(CHENGGUAN.value()).replace(" returning id", ""));
                    township.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(objection).as("the objection waits for the approval").isNotDone();
            county.commit();
            guarded(() -> objection.get(10, TimeUnit.SECONDS), "not under review");
        }
        assertThat(asOwner().sql("select count(*) from platform.assessment_objection where year = ?").param(YEAR)
                .query(Long.class).single()).as("nothing landed in the locked year").isZero();
    }

    @Test
    void theYearGoesOnlyForwardAndBackOnlyWithAReasonAndNoSchemeLandsInALockedYear() {
        guarded(() -> update(COUNTY, "update platform.assessment_year set state = 'LOCKED', scheme_version = 1"
                + " where year = " + YEAR), "may not go from OPEN to LOCKED");
        review();
        guarded(() -> update(COUNTY, "update platform.assessment_year set state = 'OPEN' where year = " + YEAR),
                "may not go from REVIEW to OPEN");
        lock();
        guarded(() -> sqlAsTenant(COUNTY, SAVE.formatted(COUNTY.value(), YEAR, 2)), "is locked");
        guarded(() -> update(COUNTY, "update platform.assessment_year set state = 'REVIEW', scheme_version = null"
                + " where year = " + YEAR), "may not go from LOCKED to REVIEW");
        update(COUNTY, "update platform.assessment_year set state = 'REVIEW', scheme_version = null,"
                + " reason = '补录数据' where year = " + YEAR);
        assertThat(yearState()).isEqualTo("REVIEW");
        assertThat(sqlAsTenant(COUNTY, SAVE.formatted(COUNTY.value(), YEAR, 2))).as("reopened").hasSize(1);
    }

    private void review() {
        update(COUNTY, "update platform.assessment_year set state = 'REVIEW' where year = " + YEAR);
    }

    private void lock() {
        update(COUNTY, "update platform.assessment_year set state = 'LOCKED', scheme_version = 1 where year = " + YEAR);
    }

    private String yearState() {
        return asOwner().sql("select state from platform.assessment_year where county_code = '621227' and year = ?")
                .param(YEAR).query(String.class).single();
    }

    /** Refused by the assessment's guard (errcode GG003) for the reason given. */
    private static void guarded(ThrowingCallable work, String reason) {
        try {
            work.call();
        } catch (Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "GG003".equals(sql.getSQLState())) {
                    assertThat(sql.getMessage()).contains(reason);
                    return;
                }
            }
            throw new AssertionError("not refused with GG003", thrown);
        }
        fail("not refused: expected " + reason);
    }

    /** A session of the tenant's role, its transaction open until committed. */
    private Connection session(TenantCode tenant) throws SQLException {
        Connection connection = DriverManager.getConnection(owner.url(), owner.username(), owner.password());
        connection.setAutoCommit(false);
        try (Statement role = connection.createStatement()) {
            role.execute("set local role \"" + tenant.role() + "\"");
        }
        return connection;
    }

    private long id(TenantCode tenant, String sql) {
        return ((Number) sqlAsTenant(tenant, sql).getFirst()).longValue();
    }

    private long count(TenantCode tenant, String sql) {
        return ((Number) sqlAsTenant(tenant, sql).getFirst()).longValue();
    }

    private int update(TenantCode tenant, String sql) {
        List<?> rows = sqlAsTenant(tenant, sql.replaceFirst("^update (\\S+) ", "with changed as (update $1 ")
                + " returning 1) select count(*) from changed");
        return ((Number) rows.getFirst()).intValue();
    }
}
