package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How background jobs are run (prefix {@code worklane.jobs}; also WORKLANE_JOBS_…), ADR 0060. */
@ConfigMapping(prefix = "worklane.jobs")
public interface JobsConfig {
    /**
     * How often an idle instance looks for a job to run (WORKLANE_JOBS_TICK, e.g. 1s). Read by the
     * {@code @Scheduled} method itself as {@code ${worklane.jobs.tick}}.
     */
    @WithDefault("1s")
    String tick();

    /**
     * How long a runner holds a job without committing a step (WORKLANE_JOBS_LEASE). Every step renews it; when
     * an instance dies, another takes its jobs over once the lease has run out, from their last checkpoint.
     */
    @WithDefault("30s")
    Duration lease();

    Runner runner();

    interface Runner {
        /**
         * Whether this instance runs jobs (WORKLANE_JOBS_RUNNER_ENABLED). Every instance may: jobs are claimed
         * with FOR UPDATE SKIP LOCKED, so none runs twice.
         */
        @WithDefault("true")
        boolean enabled();
    }
}
