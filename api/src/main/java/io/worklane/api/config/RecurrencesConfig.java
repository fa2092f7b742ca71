package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How recurring series create their occurrences (prefix {@code worklane.recurrences}; WORKLANE_RECURRENCES_…). */
@ConfigMapping(prefix = "worklane.recurrences")
public interface RecurrencesConfig {
    /**
     * How often an instance looks for series whose next occurrence has come (WORKLANE_RECURRENCES_TICK, e.g. 30s):
     * an occurrence is created at most this late. Read by the {@code @Scheduled} method as
     * {@code ${worklane.recurrences.tick}}.
     */
    @WithDefault("30s")
    String tick();

    /** The most occurrences one tick creates (each in its own transaction); the rest wait for the next tick. */
    @WithDefault("100")
    int perTick();

    Scheduler scheduler();

    interface Scheduler {
        /**
         * Whether this instance creates occurrences (WORKLANE_RECURRENCES_SCHEDULER_ENABLED). Every instance may:
         * series are claimed with FOR UPDATE SKIP LOCKED, so an occurrence is created once.
         */
        @WithDefault("true")
        boolean enabled();
    }
}
