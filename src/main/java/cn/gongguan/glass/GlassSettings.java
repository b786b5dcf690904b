package cn.gongguan.glass;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Break-the-glass.
 *
 * @param duration how long an access lasts once opened (GONGGUAN_GLASS_DURATION, an ISO-8601 duration or e.g. 3h);
 *                 the database refuses more than a day
 */
@ConfigurationProperties("gongguan.glass")
record GlassSettings(@DefaultValue("PT3H") Duration duration) {
}
