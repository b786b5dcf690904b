package cn.gongguan.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of an imported file of the national platform.
 *
 * @param importMaxRows the most rows one file may hold (GONGGUAN_NATIONAL_IMPORT_MAX_ROWS); a longer file is refused
 *                      before anything is written
 * @param importMaxSize the largest file the server reads (GONGGUAN_NATIONAL_IMPORT_MAX_SIZE)
 */
@ConfigurationProperties("gongguan.national")
record NationalSettings(@DefaultValue("50000") int importMaxRows, @DefaultValue("20MB") DataSize importMaxSize) {
}
