package cn.gongguan.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The county's calendar day, whatever time zone the server runs in: dates people enter and see are in it. */
public final class CountyTime {

    /** The county's time zone by name, for annotations (a scheduled job's zone). */
    public static final String ZONE_NAME = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    private CountyTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
