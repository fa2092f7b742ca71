package io.worklane.api.application.analytics;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Stopping;
import io.worklane.domain.analytics.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Folds the aggregate and cumulative-flow counts that writes append (ADR 0080) every minute, for the workspaces
 * with at least {@code worklane.analytics.fold-at} unfolded deltas (default 500): below that, reading them costs
 * less than folding. Every instance may run it; folding twice at once is harmless (RollupsRepository).
 */
@ApplicationScoped
public class RollupCompaction {
    private static final Logger LOG = Logger.getLogger(RollupCompaction.class);
    private final Rollups rollups;
    private final int foldAt;
    private final Stopping stopping;

    public RollupCompaction(Rollups rollups, @ConfigProperty(name = "worklane.analytics.fold-at", defaultValue = "500")
                            int foldAt, Stopping stopping) {
        this.rollups = rollups;
        this.foldAt = foldAt;
        this.stopping = stopping;
    }

    @Scheduled(every = "${worklane.analytics.fold-every:60s}", delayed = "30s", identity = "analytics-fold",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        if (stopping.now()) {
            return Uni.createFrom().voidItem();
        }
        return rollups.compact(foldAt)
                .onFailure(e -> !stopping.now()).invoke(e -> LOG.warnf("Folding analytics counts failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
