package io.worklane.domain.limits;

/**
 * A token bucket's shape: it holds at most {@code capacity} tokens and gains {@code capacity} every
 * minute, evenly (one every 60/capacity seconds), so a full bucket allows a burst of its capacity.
 */
public record BucketSize(int capacity) {
    private static final double SECONDS_PER_MINUTE = 60;

    public BucketSize {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least one token, not " + capacity);
        }
    }

    public double tokensPerSecond() {
        return capacity / SECONDS_PER_MINUTE;
    }

    /** Nanoseconds the bucket takes to gain {@code tokens}. */
    public long nanosToGain(double tokens) {
        return tokens <= 0 ? 0 : (long) Math.ceil(tokens / tokensPerSecond() * 1_000_000_000L);
    }
}
