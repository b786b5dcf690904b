package cn.gongguan.uikit;

import cn.gongguan.platform.CountyTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times are shown: the county's time zone, one fixed pattern. */
public final class Formats {

    /** The county's time zone, whatever the server's. */
    public static final ZoneId ZONE = CountyTime.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DATE_TIME.withLocale(locale).format(instant.atZone(ZONE));
    }
}
