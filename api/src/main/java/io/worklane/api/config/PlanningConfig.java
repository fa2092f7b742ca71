package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How schedules are computed (prefix {@code worklane.planning}; also WORKLANE_PLANNING_…). */
@ConfigMapping(prefix = "worklane.planning")
public interface PlanningConfig {
    /**
     * Working hours in a day (WORKLANE_PLANNING_HOURS_PER_DAY): an item with an estimate but no dates
     * takes estimate ÷ this many working days, rounded up.
     */
    @WithDefault("8")
    int hoursPerDay();

    /**
     * How many baselines a project keeps at most (WORKLANE_PLANNING_BASELINE_LIMIT): one more is refused
     * with 409 BASELINE_LIMIT until one is deleted.
     */
    @WithDefault("20")
    int baselineLimit();
}
