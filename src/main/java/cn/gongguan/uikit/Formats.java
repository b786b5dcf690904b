package cn.gongguan.uikit;

import cn.gongguan.platform.CountyTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times are shown: the county's time zone, one fixed pattern. */
public final class Formats {

    /** The county's time zone, whatever the server's. */
    public static final ZoneId ZONE = CountyTime.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DATE_TIME.withLocale(locale).format(instant.atZone(ZONE));
    }

    /** A day, in the pattern of {@link #dateTime} (digits only, the same in every language); empty for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The county's day of an instant, as {@link #date(LocalDate)}; empty for none. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }
}
