package cn.gongguan.cooperation;

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
 * The database's own rules for regional cooperation (platform-116), tried with hand-written SQL as the tenants' roles:
 * a unit reads and writes its own agreements, bulletins, meetings and files; its county reads them too but writes
 * none; another township, a committee and another county see nothing; the runtime role has no right at all. A
 * second county tree (测试二县) is declared for the test.
 */
class CooperationRowPolicyTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final TenantCode BEIJIE = TenantCode.of("621227100001");
    private static final TenantCode OTHER_COUNTY = SecondCountyTree.COUNTY;
    private static final TenantCode OTHER_TOWNSHIP = SecondCountyTree.TOWNSHIP;
    private static final String AGREEMENT = """
            insert into platform.coop_agreement (owner_code, title, starts_on, ends_on, scope, recorded_by, updated_by)
            values ('%s', '手写协议', current_date, current_date + 365, '手写协作内容', 'policy', 'policy')
            returning id""";
    private static final String MEETING = """
            insert into platform.coop_meeting (owner_code, agreement_id, held_on, place, partner_codes, attendees,
                decisions, recorded_by)
            values ('%s', %d, current_date, '手写地点', '{330212}', '手写参会', '手写决定', 'policy') returning id""";
    private static final String BULLETIN = """
            insert into platform.coop_bulletin (owner_code, agreement_id, direction, partner_code, sent_on, title,
                text, recorded_by)
            values ('%s', %d, 'RECEIVED', '330212', current_date, '手写通报', '手写内容', 'policy') returning id""";
    private static final String FILE = """
            insert into platform.coop_file (owner_code, name, content_type, size, data, uploaded_by)
            values ('%s', 'a.pdf', 'application/pdf', 5, '%%PDF-'::bytea, 'policy') returning id""";

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    JdbcClient runtime;

    @BeforeEach
    void aSecondCountyTree() throws Exception {
        secondCounty.declare();
    }

    @Test
    void aTownshipsRecordsAreReadByItAndItsCountyOnly() {
        long agreement = insert(CHENGGUAN, AGREEMENT.formatted(CHENGGUAN.value()));
        long meeting = insert(CHENGGUAN, MEETING.formatted(CHENGGUAN.value(), agreement));
        long bulletin = insert(CHENGGUAN, BULLETIN.formatted(CHENGGUAN.value(), agreement));
        long file = insert(CHENGGUAN, FILE.formatted(CHENGGUAN.value()));
        for (String count : new String[] {
                "select count(*) from platform.coop_agreement where id = " + agreement,
                "select count(*) from platform.coop_meeting where id = " + meeting,
                "select count(*) from platform.coop_bulletin where id = " + bulletin,
                "select count(*) from platform.coop_file where id = " + file}) {
            assertThat(rows(CHENGGUAN, count)).as(count).containsExactly(1L);
            assertThat(rows(COUNTY, count)).as("its county: " + count).containsExactly(1L);
            assertThat(rows(FUJIA, count)).as("another township: " + count).containsExactly(0L);
            assertThat(rows(BEIJIE, count)).as("a committee of the township: " + count).containsExactly(0L);
            assertThat(rows(OTHER_COUNTY, count)).as("another county: " + count).containsExactly(0L);
            assertThat(rows(OTHER_TOWNSHIP, count)).as(count).containsExactly(0L);
            assertThatThrownBy(() -> runtime.sql(count).query(Long.class).single()).as("the runtime role: " + count)
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void theCountysOwnAgreementsAreNotItsTownships() {
        long agreement = insert(COUNTY, AGREEMENT.formatted(COUNTY.value()));
        String count = "select count(*) from platform.coop_agreement where id = " + agreement;
        assertThat(rows(COUNTY, count)).containsExactly(1L);
        assertThat(rows(CHENGGUAN, count)).as("a township of the county").containsExactly(0L);
        assertThat(rows(OTHER_COUNTY, count)).containsExactly(0L);
    }

    @Test
    void onlyItsOwnUnitWritesAndOnlyACountyOrATownship() {
        assertThatThrownBy(() -> insert(FUJIA, AGREEMENT.formatted(CHENGGUAN.value()))).as("in another's name")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> insert(COUNTY, AGREEMENT.formatted(CHENGGUAN.value()))).as("the county for it")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> insert(OTHER_COUNTY, AGREEMENT.formatted(CHENGGUAN.value())))
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> insert(BEIJIE, AGREEMENT.formatted(BEIJIE.value()))).as("a committee")
                .hasStackTraceContaining("coop_agreement");
        assertThatThrownBy(() -> insert(BEIJIE, FILE.formatted(BEIJIE.value()))).as("a committee's file")
                .hasStackTraceContaining("row-level security");

        long agreement = insert(CHENGGUAN, AGREEMENT.formatted(CHENGGUAN.value()));
        String change = "update platform.coop_agreement set title = '改写' where id = " + agreement + " returning id";
        assertThat(rows(FUJIA, change)).as("another township").isEmpty();
        assertThat(rows(COUNTY, change)).as("the county reads but does not change").isEmpty();
        assertThat(rows(OTHER_COUNTY, change)).isEmpty();
        assertThatThrownBy(() -> rows(CHENGGUAN, "update platform.coop_agreement set owner_code = '621227101'"
                + " where id = " + agreement + " returning id")).as("handed to another township")
                .hasStackTraceContaining("row-level security");
        assertThat(rows(CHENGGUAN, change)).containsExactly(agreement);
    }

    @Test
    void nothingIsHungOnAnotherUnitsAgreementAndABulletinStands() {
        long agreement = insert(CHENGGUAN, AGREEMENT.formatted(CHENGGUAN.value()));
        assertThatThrownBy(() -> insert(FUJIA, MEETING.formatted(FUJIA.value(), agreement)))
                .as("under another unit's agreement").hasStackTraceContaining("foreign key");
        assertThatThrownBy(() -> insert(COUNTY, BULLETIN.formatted(COUNTY.value(), agreement)))
                .as("the county under its township's").hasStackTraceContaining("foreign key");
        assertThatThrownBy(() -> insert(FUJIA, BULLETIN.formatted(CHENGGUAN.value(), agreement)))
                .hasStackTraceContaining("row-level security");
        long bulletin = insert(CHENGGUAN, BULLETIN.formatted(CHENGGUAN.value(), agreement));
        assertThatThrownBy(() -> rows(CHENGGUAN, "update platform.coop_bulletin set text = '改写' where id = "
                + bulletin + " returning id")).as("a bulletin stands as it came")
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> rows(CHENGGUAN, "delete from platform.coop_agreement where id = " + agreement
                + " returning id")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> insert(CHENGGUAN, """
                insert into platform.coop_agreement (owner_code, title, starts_on, ends_on, scope, recorded_by,
                    updated_by)
                values ('621227100', '倒置', current_date, current_date - 1, '内容', 'policy', 'policy') returning id"""))
                .as("a period that ends before it starts").hasStackTraceContaining("check constraint");
    }

    private long insert(TenantCode tenant, String sql) {
        return ((Number) sqlAsTenant(tenant, sql).getFirst()).longValue();
    }

    private List<Object> rows(TenantCode tenant, String sql) {
        List<Object> rows = new ArrayList<>();
        for (Object row : sqlAsTenant(tenant, sql)) {
            rows.add(row instanceof Number n ? (Object) n.longValue() : row);
        }
        return rows;
    }
}
