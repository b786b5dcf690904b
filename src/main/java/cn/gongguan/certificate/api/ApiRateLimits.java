package cn.gongguan.certificate.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The requests per minute of each token (Bucket4j, a bucket per token refilled evenly over the minute): its own limit
 * or the installation's default. Buckets live in this replica's memory, so behind N replicas a token may make up to N
 * times its limit; a new limit takes effect with the token's next request.
 */
@Component
class ApiRateLimits {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ApiSettings settings;
    private final Map<Long, Limited> buckets = new ConcurrentHashMap<>();

    ApiRateLimits(ApiSettings settings) {
        this.settings = settings;
    }

    /** Takes one request from the token's bucket; empty when admitted, else the seconds until it may ask again. */
    OptionalLong admit(ApiCaller caller) {
        int perMinute = caller.perMinute() == null ? settings.requestsPerMinute() : caller.perMinute();
        Limited limited = buckets.get(caller.tokenId());
        if (limited == null || limited.perMinute() != perMinute) {
            limited = buckets.compute(caller.tokenId(), (id, known) -> known != null && known.perMinute() == perMinute
                    ? known : new Limited(perMinute, bucket(perMinute)));
        }
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private record Limited(int perMinute, Bucket bucket) {
    }
}
