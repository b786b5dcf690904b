package cn.gongguan.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The date under the notice as official documents write it (GB/T 9704-2012 §7.3.5.1). */
class NoticeDatesTest {

    @Test
    void chineseDatesInArabicNumeralsWithoutLeadingZeros() {
        assertThat(NoticeDates.format(LocalDate.of(2026, 12, 1), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月1日");
        assertThat(NoticeDates.format(LocalDate.of(2020, 1, 10), Locale.CHINESE)).isEqualTo("2020年1月10日");
        assertThat(NoticeDates.format(LocalDate.of(2009, 10, 20), Locale.CHINESE)).isEqualTo("2009年10月20日");
        assertThat(NoticeDates.format(LocalDate.of(2027, 3, 31), Locale.CHINESE)).isEqualTo("2027年3月31日");
    }

    @Test
    void englishDates() {
        assertThat(NoticeDates.format(LocalDate.of(2026, 12, 1), Locale.ENGLISH)).isEqualTo("1 December 2026");
    }
}
