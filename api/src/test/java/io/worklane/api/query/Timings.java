package io.worklane.api.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Times a call end to end: warm-up calls first, then {@code runs} timed ones; median, p95 and max of all, and
 * of each of the call's forms, so that a slow form shows which one it is.
 */
final class Timings {
    /** Enough for the JIT to compile the request's path: a server under use is warm. */
    private static final int WARM_UP = 30;

    private Timings() {
    }

    record Result(Stats all, List<Stats> perVariant, int bytes) {
        @Override
        public String toString() {
            String parts = perVariant.size() < 2 ? "" : IntStream.range(0, perVariant.size())
                    .mapToObj(v -> "form " + v + ": " + perVariant.get(v)).collect(Collectors.joining("; ", " [", "]"));
            return "%s (%d bytes)%s".formatted(all, bytes, parts);
        }
    }

    record Stats(long medianMs, long p95Ms, long maxMs) {
        static Stats of(List<Long> millis) {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int n = sorted.size();
            return new Stats(sorted.get(n / 2), sorted.get((int) Math.ceil(n * 0.95) - 1), sorted.get(n - 1));
        }

        @Override
        public String toString() {
            return "median %d ms, p95 %d ms, max %d ms".formatted(medianMs, p95Ms, maxMs);
        }
    }

    static Result of(int runs, int variants, IntFunction<byte[]> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.apply(i);
        }
        List<Long> millis = new ArrayList<>();
        List<List<Long>> byVariant = new ArrayList<>();
        IntStream.range(0, variants).forEach(v -> byVariant.add(new ArrayList<>()));
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = call.apply(i).length;
            long ms = (System.nanoTime() - start) / 1_000_000;
            millis.add(ms);
            byVariant.get(i % variants).add(ms);
        }
        return new Result(Stats.of(millis), byVariant.stream().map(Stats::of).toList(), bytes);
    }
}
