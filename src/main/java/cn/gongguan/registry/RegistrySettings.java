package cn.gongguan.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the registry's bulk paths.
 *
 * @param importMaxRows      the most person rows one import file may hold (GONGGUAN_REGISTRY_IMPORT_MAX_ROWS); the
 *                           template says so, and a longer file is refused before anything is written
 * @param importMaxSize      the largest import file the server reads (GONGGUAN_REGISTRY_IMPORT_MAX_SIZE); reading
 *                           stops at this many bytes, whatever the browser was told
 * @param exportReasonAbove  an export of more persons than this asks for a reason, recorded in the audit trail
 *                           (GONGGUAN_REGISTRY_EXPORT_REASON_ABOVE)
 */
@ConfigurationProperties("gongguan.registry")
record RegistrySettings(@DefaultValue("50000") int importMaxRows, @DefaultValue("20MB") DataSize importMaxSize,
                        @DefaultValue("1000") int exportReasonAbove) {
}
