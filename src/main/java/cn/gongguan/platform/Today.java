package cn.gongguan.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * Today in the county, for services and views alike: one clock, so a test that fixes the clock fixes the day
 * everywhere, and a server in another time zone still starts the day at midnight in the county.
 */
@Component
public class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return CountyTime.today(clock);
    }

    public YearMonth month() {
        return YearMonth.from(date());
    }
}
