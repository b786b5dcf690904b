package cn.gongguan.outflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the outflow list import.
 *
 * @param importMaxRows the most rows one outflow list may hold (GONGGUAN_OUTFLOW_IMPORT_MAX_ROWS); the template says
 *                      so, and a longer file is refused before anything is written
 * @param importMaxSize the largest outflow list the server reads (GONGGUAN_OUTFLOW_IMPORT_MAX_SIZE)
 */
@ConfigurationProperties("gongguan.outflow")
record OutflowSettings(@DefaultValue("50000") int importMaxRows, @DefaultValue("20MB") DataSize importMaxSize) {
}
