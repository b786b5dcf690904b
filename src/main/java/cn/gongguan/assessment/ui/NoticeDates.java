package cn.gongguan.assessment.ui;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The date under an official document (公文成文日期): in Chinese in Arabic numerals, the year in full and the month
 * and day without leading zeros (2026年12月1日), as GB/T 9704-2012 §7.3.5.1 asks; in English the day, the month's name
 * and the year.
 */
final class NoticeDates {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private NoticeDates() {
    }

    static String format(LocalDate day, Locale locale) {
        if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
        }
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
