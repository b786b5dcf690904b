package cn.gongguan.certificate.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The certificate API.
 *
 * @param requestsPerMinute the requests per minute a token may make unless its own limit says otherwise
 *                          (GONGGUAN_API_REQUESTS_PER_MINUTE); counted per token and per replica
 */
@ConfigurationProperties("gongguan.api")
record ApiSettings(@DefaultValue("600") int requestsPerMinute) {
}
