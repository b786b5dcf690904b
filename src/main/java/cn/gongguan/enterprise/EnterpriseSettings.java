package cn.gongguan.enterprise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the staff list import.
 *
 * @param importMaxRows the most rows one staff list may hold (GONGGUAN_ENTERPRISE_IMPORT_MAX_ROWS); the template says
 *                      so, and a longer file is refused before anything is written
 * @param importMaxSize the largest staff list the server reads (GONGGUAN_ENTERPRISE_IMPORT_MAX_SIZE)
 */
@ConfigurationProperties("gongguan.enterprise")
record EnterpriseSettings(@DefaultValue("20000") int importMaxRows, @DefaultValue("10MB") DataSize importMaxSize) {
}
