package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TodayTest {

    @Test
    void theCountysDayStartsAtMidnightInTheCountyWhateverTheServersZone() {
        // 16:30 UTC on 30 November is half past midnight on 1 December in the county (UTC+8)
        Clock serverInUtc = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);
        Today today = new Today(serverInUtc);
        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(today.month()).isEqualTo(YearMonth.of(2026, 12));
    }
}
