package cn.gongguan.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The date under the notice as official documents write it. */
class NoticeDatesTest {

    @Test
    void chineseOfficialDates() {
        assertThat(NoticeDates.format(LocalDate.of(2026, 12, 1), Locale.SIMPLIFIED_CHINESE)).isEqualTo("二〇二六年十二月一日");
        assertThat(NoticeDates.format(LocalDate.of(2020, 1, 10), Locale.CHINESE)).isEqualTo("二〇二〇年一月十日");
        assertThat(NoticeDates.format(LocalDate.of(2009, 10, 20), Locale.CHINESE)).isEqualTo("二〇〇九年十月二十日");
        assertThat(NoticeDates.format(LocalDate.of(2027, 3, 31), Locale.CHINESE)).isEqualTo("二〇二七年三月三十一日");
        assertThat(NoticeDates.format(LocalDate.of(2026, 11, 15), Locale.CHINESE)).isEqualTo("二〇二六年十一月十五日");
    }

    @Test
    void englishDates() {
        assertThat(NoticeDates.format(LocalDate.of(2026, 12, 1), Locale.ENGLISH)).isEqualTo("1 December 2026");
    }
}
