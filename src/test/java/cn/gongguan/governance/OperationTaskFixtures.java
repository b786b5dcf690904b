package cn.gongguan.governance;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Department;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.security.AccountProvisioning;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fixtures of the township's side of joint operations: the county publishes an operation as its role does it in
 * SQL (the row policies and guards of platform-075 decide), townships get key locations, a liaison is named.
 */
public abstract class OperationTaskFixtures extends UiTest {

    protected static final TenantCode COUNTY = TenantCode.of("621227");
    protected static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    protected static final TenantCode FUJIA = TenantCode.of("621227101");
    protected static final String XIANNONG = "621227100200";
    protected static final String FUJIA_VILLAGE = "621227101200";
    protected static final String LIAISON = "test.police.liaison";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected KeyLocations keyLocations;
    @Autowired
    protected OperationTasks tasks;
    @Autowired
    protected Today today;
    @Autowired
    private AccountProvisioning accounts;

    protected static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** An operation of the county, started {@code daysAgo} days ago, published to the townships; its id. */
    protected long publish(int daysAgo, String kinds, TenantCode... townships) {
        long operation = id(COUNTY, """
                insert into platform.operation (county_code, title, starts_on, ends_on, location_kinds, departments,
                                                lead, instructions, planned_by)
                values ('621227', '测试联合清理%d', current_date - %d, current_date + 30, '%s', 'POLICE,MARKET',
                        '县综治办', '逐户清查流动人口', 'fixture') returning id""".formatted(next(), daysAgo, kinds));
        String targets = Arrays.stream(townships).map(t -> "(" + operation + ", '621227', '" + t.value() + "')")
                .collect(Collectors.joining(", "));
        sqlAsTenant(COUNTY, "insert into platform.operation_target (operation_id, county_code, township_code) values "
                + targets + " returning 1");
        sqlAsTenant(COUNTY, "update platform.operation set state = 'PUBLISHED', published_at = now(),"
                + " published_by = 'fixture' where id = " + operation + " returning id");
        sqlAsTenant(COUNTY, "insert into platform.operation_task (operation_id, county_code, township_code)"
                + " select operation_id, county_code, township_code from platform.operation_target"
                + " where operation_id = " + operation + " returning id");
        return operation;
    }

    protected long taskOf(long operation, TenantCode township) {
        return id(township, "select id from platform.operation_task where operation_id = " + operation);
    }

    protected void close(long operation) {
        sqlAsTenant(COUNTY, "update platform.operation set state = 'CLOSED', closed_at = now(), closed_by = 'fixture',"
                + " summary = '圆满完成' where id = " + operation + " returning id");
    }

    /** A key location of the logged-in township staff's township. */
    protected KeyLocation keyLocation(LocationKind kind, String unit) {
        return keyLocations.add(new KeyLocationDetails(kind, "测试场所" + next(), "测试路" + next() + "号", unit, null,
                null, null, null));
    }

    /** The liaison account (created once), named in the operation; its user id. */
    protected long nameLiaison(long operation) {
        accounts.ensureDemo(COUNTY, new NewUser(LIAISON, "测试派出所联络员", Role.LIAISON, null, Department.POLICE.name()),
                DEMO_PASSWORD, null);
        long user = asOwner().sql("select id from platform.app_user where username = ?").param(LIAISON)
                .query(Long.class).single();
        sqlAsTenant(COUNTY, "insert into platform.operation_liaison (operation_id, county_code, user_id) values ("
                + operation + ", '621227', " + user + ") on conflict do nothing returning 1");
        return user;
    }

    /** A person found: a woman of 30 (childbearing age) or a man, not in any registry yet. */
    protected static FindingPerson newPerson(String name, Sex sex, boolean certificateChecked,
                                             FindingReferral referral) {
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1996, 2, 1 + next() % 28), sex);
        return new FindingPerson(idNumber, name, null, "510107001", MaritalStatus.MARRIED, certificateChecked,
                referral);
    }

    protected static FindingHouse newHouse() {
        String landlord = "62122719600101" + "%03d".formatted(next() % 1000);
        return new FindingHouse("清查发现街" + next() + "号", "测试房东", landlord
                + cn.gongguan.reference.IdNumber.checkCharacter(landlord), null, 3);
    }

    protected FindingInput finding(long locationId, int checked, List<FindingPerson> persons,
                                   List<FindingHouse> houses) {
        return new FindingInput(locationId, today.date(), checked, persons, houses, null);
    }

    protected long id(TenantCode tenant, String sql) {
        return ((Number) sqlAsTenant(tenant, sql).getFirst()).longValue();
    }

    protected long count(TenantCode tenant, String sql) {
        return ((Number) sqlAsTenant(tenant, sql).getFirst()).longValue();
    }
}
