package io.worklane.domain.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lead and cycle times of the items completed in a range, in seconds: nearest-rank percentiles
 * (p50, p85, p95; null with no item) and the points behind them, oldest completion first
 * ({@code truncated} when more than {@link #MAX_POINTS} items were completed: the percentiles count all).
 */
public record FlowTimes(long count, Percentiles lead, Percentiles cycle, List<Point> points, boolean truncated) {
    public static final int MAX_POINTS = 2000;

    public record Percentiles(Long p50, Long p85, Long p95) {
        public static final Percentiles NONE = new Percentiles(null, null, null);
    }

    public record Point(UUID id, String key, Instant createdAt, Instant startedAt, Instant completedAt,
                        long leadSeconds, long cycleSeconds) {
    }

    /** An item in progress: since when, and for how long until now (seconds). */
    public record Ageing(UUID id, String key, String status, Instant startedAt, long ageSeconds) {
    }
}
