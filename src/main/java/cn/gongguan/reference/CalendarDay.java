package cn.gongguan.reference;

import cn.gongguan.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A day on which the official calendar departs from the Monday-to-Friday rule: a public holiday (including the
 * weekend days inside a holiday), or a make-up working day (调休) on a weekend.
 */
public record CalendarDay(LocalDate day, Kind kind, String nameZh, String nameEn) {

    /** The length of a holiday's name in either language. */

    public enum Kind {
        HOLIDAY,
        WORKDAY
    }

    /**
     * Reads a year's notice as an administrator types it, one line per day or range of days:
     * {@code 2027-02-10..2027-02-16 休 春节 Spring Festival} or {@code 2027-02-07 班 春节调休 Spring Festival}.
     * The kind is 休 (or HOLIDAY) or 班 (or WORKDAY); the English name is optional. A wrong line is refused with its
     * number.
     */
    public static List<CalendarDay> parseNotice(String text) {
        List<CalendarDay> days = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 4);
            Kind kind = parts.length < 3 ? null : switch (parts[1]) {
                case "休", "HOLIDAY" -> Kind.HOLIDAY;
                case "班", "WORKDAY" -> Kind.WORKDAY;
                default -> null;
            };
            if (kind == null) {
                throw new InvalidInputException("days", "calendar.badLine", number, line);
            }
            String[] range = parts[0].split("\\.\\.", 2);
            try {
                LocalDate first = LocalDate.parse(range[0]);
                LocalDate last = range.length == 2 ? LocalDate.parse(range[1]) : first;
                if (last.isBefore(first) || first.until(last).toTotalMonths() > 0) {
                    throw new InvalidInputException("days", "calendar.badLine", number, line);
                }
                String nameEn = parts.length == 4 ? parts[3] : parts[2];
                if (parts[2].length() > CalendarLimits.DAY_NAME_LENGTH || nameEn.length() > CalendarLimits.DAY_NAME_LENGTH) {
                    throw new InvalidInputException("days", "calendar.nameTooLong", number, CalendarLimits.DAY_NAME_LENGTH);
                }
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    days.add(new CalendarDay(day, kind, parts[2], nameEn));
                }
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("days", "calendar.badLine", number, line);
            }
        }
        return days;
    }

    /**
     * This day as a line of a notice, which {@link #parseNotice} reads back as the same day: how a change waiting for
     * approval keeps its days. The Chinese name has no spaces, since the parser ends it at the first one.
     */
    String line() {
        return day + " " + kind + " " + nameZh + " " + nameEn;
    }
}
