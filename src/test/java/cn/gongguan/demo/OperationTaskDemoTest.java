package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.AccountProvisioning;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 城关镇's demo work on the county's winter operation: three locations assigned with teams and two findings, each
 * registering a person and a house in 城关镇; run again, it adds nothing. Where the county's demo has not published
 * the operation (a branch without it), the test publishes it as the county would.
 */
class OperationTaskDemoTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");

    @Autowired
    OperationTaskDemo demo;
    @Autowired
    AccountProvisioning accounts;

    @Test
    void chengguanAssignsThreeLocationsAndRecordsTwoFindingsOnce() {
        long operation = winter();
        accounts.runAs("chengguan.staff", demo::chengguan);
        accounts.runAs("chengguan.staff", demo::chengguan);

        assertThat(count("platform.operation_location", "operation_id = " + operation
                + " and township_code = '621227100'")).isEqualTo(3);
        assertThat(count("platform.operation_task", "operation_id = " + operation
                + " and township_code = '621227100' and locations_total = 3 and locations_done = 2"
                + " and persons_registered = 2 and houses_found = 2")).isEqualTo(1);
        assertThat(count("t_621227100.operation_finding", "operation_id = " + operation)).isEqualTo(2);
        assertThat(count("t_621227100.operation_finding_person p join t_621227100.operation_finding f"
                + " on f.id = p.finding_id", "f.operation_id = " + operation + " and p.newly_registered")).isEqualTo(2);
        assertThat(count("t_621227100.rental_house", "address like '城关镇南关路 12 号'")).isEqualTo(1);
    }

    /** The county demo's winter operation, published to 城关镇 here when that demo is absent. */
    private long winter() {
        List<?> found = sqlAsTenant(COUNTY, "select id from platform.operation where title = '"
                + OperationDemo.WINTER + "' and state = 'PUBLISHED'");
        if (!found.isEmpty()) {
            return ((Number) found.getFirst()).longValue();
        }
        long operation = ((Number) sqlAsTenant(COUNTY, """
                insert into platform.operation (county_code, title, starts_on, ends_on, location_kinds, departments,
                                                lead, instructions, planned_by)
                values ('621227', '%s', current_date - 7, current_date + 30,
                        'FARMERS_MARKET,URBAN_FRINGE,URBAN_VILLAGE', 'MARKET,POLICE', '县综治办', '集中清查', 'test')
                returning id""".formatted(OperationDemo.WINTER)).getFirst()).longValue();
        sqlAsTenant(COUNTY, "insert into platform.operation_target (operation_id, county_code, township_code) values ("
                + operation + ", '621227', '621227100') returning 1");
        sqlAsTenant(COUNTY, "update platform.operation set state = 'PUBLISHED', published_at = now(),"
                + " published_by = 'test' where id = " + operation + " returning id");
        sqlAsTenant(COUNTY, "insert into platform.operation_task (operation_id, county_code, township_code) values ("
                + operation + ", '621227', '621227100') returning id");
        return operation;
    }

    private long count(String from, String where) {
        return asOwner().sql("select count(*) from " + from + " where " + where).query(Long.class).single();
    }
}
