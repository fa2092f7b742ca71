package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How time-based automation rules are run (prefix {@code worklane.automation}; also WORKLANE_AUTOMATION_…). */
@ConfigMapping(prefix = "worklane.automation")
public interface AutomationConfig {
    /**
     * How often the scheduler looks for due rules (WORKLANE_AUTOMATION_TICK, e.g. 30s). Read by the
     * {@code @Scheduled} job itself as {@code ${worklane.automation.tick}}.
     */
    @WithDefault("30s")
    String tick();

    Scheduler scheduler();

    /** How often a DUE_DATE_WITHIN rule sweeps for items that came due (WORKLANE_AUTOMATION_DUE_DATE_SWEEP). */
    @WithDefault("15m")
    Duration dueDateSweep();

    /** The most items one run of a time-based rule acts on (WORKLANE_AUTOMATION_ITEMS_PER_RUN); the rest wait. */
    @WithDefault("200")
    int itemsPerRun();

    /** The most items a SCHEDULE rule's condition is tried on per run, most recently updated first. */
    @WithDefault("1000")
    int itemsExamined();

    /** The most rules one tick runs (each in its own transaction); the rest are taken up by the next tick. */
    @WithDefault("100")
    int rulesPerTick();

    interface Scheduler {
        /**
         * Whether this instance runs time-based rules (WORKLANE_AUTOMATION_SCHEDULER_ENABLED). Every
         * instance may: they claim rules with FOR UPDATE SKIP LOCKED, so none runs twice.
         */
        @WithDefault("true")
        boolean enabled();
    }
}
