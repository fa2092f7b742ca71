package io.worklane.api.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/** Times a call end to end: warm-up calls first, then {@code runs} timed ones; median, p95, max. */
final class Timings {
    private static final int WARM_UP = 5;

    private Timings() {
    }

    record Result(long medianMs, long p95Ms, long maxMs, int bytes) {
        @Override
        public String toString() {
            return "median %d ms, p95 %d ms, max %d ms (%d bytes)".formatted(medianMs, p95Ms, maxMs, bytes);
        }
    }

    static Result of(int runs, IntFunction<byte[]> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.apply(i);
        }
        List<Long> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes = call.apply(i).length;
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        return new Result(millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1), millis.get(runs - 1),
                bytes);
    }
}
