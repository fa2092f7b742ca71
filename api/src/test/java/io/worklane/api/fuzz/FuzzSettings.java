package io.worklane.api.fuzz;

import java.util.Random;

/**
 * How much the fuzzer does: {@code -Dworklane.fuzz.cases=N} mutated requests per operation (default 6,
 * what every build runs; 8 until the operations passed 200 and the build neared 30 minutes), {@code -Dworklane.fuzz.seed=S} to replay a run or explore another (default
 * fixed, so every build sends the same requests). Each operation draws from its own random, seeded by
 * the seed and its name, so a failure is replayed by its seed alone, whatever was added meanwhile.
 */
record FuzzSettings(long seed, int cases) {
    static final long DEFAULT_SEED = 20_2026L;
    static final int DEFAULT_CASES = 6;

    static FuzzSettings fromSystemProperties() {
        return new FuzzSettings(Long.getLong("worklane.fuzz.seed", DEFAULT_SEED),
                Integer.getInteger("worklane.fuzz.cases", DEFAULT_CASES));
    }

    Random randomFor(String target) {
        return new Random(seed * 1_000_003L + target.hashCode());
    }

    String replay() {
        return "replay with -Dworklane.fuzz.seed=" + seed + " -Dworklane.fuzz.cases=" + cases;
    }
}
