package cn.gongguan.police;

import cn.gongguan.platform.TenantCode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Police stations of tests, each named apart, and their removal afterwards (the demo's stay as they are). */
public final class PoliceFixtures {

    /** What a test station's name starts with. */
    public static final String PREFIX = "测试派出所";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PoliceFixtures() {
    }

    public static StationDetails station() {
        return new StationDetails(PREFIX + SEQUENCE.incrementAndGet(), null, "0939-7510000", "测试联系人", true);
    }

    /** Removes the test stations of the tenants with their reports, as the database owner. */
    public static void removeStations(JdbcClient owner, List<TenantCode> tenants) {
        for (TenantCode tenant : tenants) {
            String schema = "t_" + tenant.value();
            owner.sql("delete from " + schema + ".police_report_row where report_id in (select r.id from " + schema
                    + ".police_report r join " + schema + ".police_station s on s.id = r.station_id where s.name like ?)")
                    .param(PREFIX + "%").update();
            owner.sql("delete from " + schema + ".police_report where station_id in (select s.id from " + schema
                    + ".police_station s where s.name like ?)").param(PREFIX + "%").update();
            owner.sql("delete from " + schema + ".police_station where name like ?").param(PREFIX + "%").update();
        }
    }
}
