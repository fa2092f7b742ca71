package io.worklane.api.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per credential, in this instance's memory: what decides while the shared buckets in
 * PostgreSQL cannot be reached (ADR 0034; before it, the only limiter, ADR 13). A bucket holds
 * {@code perMinute} tokens and refills greedily (continuously) over a minute. A full
 * bucket is the same as no bucket, so full ones are dropped once a minute; the map never grows past
 * {@link #MAX_TRACKED} credentials (beyond that, new ones share one bucket, which throttles a flood of
 * spoofed addresses without touching the callers already tracked).
 */
public final class RateLimiter {
    static final int MAX_TRACKED = 100_000;
    static final String OVERFLOW = "overflow";
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long SECOND_NANOS = Duration.ofSeconds(1).toNanos();

    private final int capacity;
    private final TimeMeter clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    public RateLimiter(int perMinute, TimeMeter clock) {
        if (perMinute < 1) {
            throw new IllegalStateException("WORKLANE_RATE_LIMIT_PER_MINUTE must be at least 1 (got " + perMinute + ")");
        }
        this.capacity = perMinute;
        this.clock = clock;
        this.lastSweep = new AtomicLong(clock.currentTimeNanos());
    }

    /** The bucket size of this instance. */
    public int capacity() {
        return capacity;
    }

    /** Takes one token for the credential: allowed if there was one. */
    public Verdict take(String credential) {
        sweepIfDue(MINUTE_NANOS);
        ConsumptionProbe probe = bucketOf(credential).tryConsumeAndReturnRemaining(1);
        return new Verdict(probe.isConsumed(), capacity, probe.getRemainingTokens(),
                Verdict.seconds(probe.getNanosToWaitForReset()), Math.max(1, Verdict.seconds(probe.getNanosToWaitForRefill())));
    }

    /** The state of the credential's bucket, taking nothing: not allowed when it is empty. */
    public Verdict peek(String credential) {
        Bucket bucket = buckets.get(credential);
        if (bucket == null) {
            return new Verdict(true, capacity, capacity, 0, 0);
        }
        long available = Math.max(0, bucket.getAvailableTokens());
        long toFull = (capacity - available) * (MINUTE_NANOS / capacity);
        long toNext = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return new Verdict(available >= 1, capacity, available, Verdict.seconds(toFull), Math.max(1, Verdict.seconds(toNext)));
    }

    /** How many credentials have a bucket that is not full (for tests and metrics). */
    int tracked() {
        return buckets.size();
    }

    private Bucket bucketOf(String credential) {
        Bucket bucket = buckets.get(credential);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= MAX_TRACKED) {
            sweepIfDue(SECOND_NANOS);
            if (buckets.size() >= MAX_TRACKED) {
                return buckets.computeIfAbsent(OVERFLOW, c -> newBucket());
            }
        }
        return buckets.computeIfAbsent(credential, c -> newBucket());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock)
                .build();
    }

    /** Drops full buckets, at most once per interval whatever the traffic. */
    private void sweepIfDue(long intervalNanos) {
        long now = clock.currentTimeNanos();
        long last = lastSweep.get();
        if (now - last >= intervalNanos && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
    }
}
