package cn.gongguan.assessment.ui;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The date under an official document (公文成文日期): in Chinese the year digit by digit and the month and day as
 * numbers written out, with 〇 for zero (二〇二六年十二月一日), as the typesetting rules of official documents ask; in
 * English the day, the month's name and the year.
 */
final class NoticeDates {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private NoticeDates() {
    }

    static String format(LocalDate day, Locale locale) {
        if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
        }
        StringBuilder text = new StringBuilder();
        String year = String.valueOf(day.getYear());
        for (int i = 0; i < year.length(); i++) {
            text.append(DIGITS.charAt(year.charAt(i) - '0'));
        }
        return text.append('年').append(number(day.getMonthValue())).append('月')
                .append(number(day.getDayOfMonth())).append('日').toString();
    }

    /** 1–31 written out: 一, 十, 十一, 二十, 二十一, 三十一. */
    static String number(int value) {
        int tens = value / 10;
        int ones = value % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return ones == 0 ? text : text + DIGITS.charAt(ones);
    }
}
