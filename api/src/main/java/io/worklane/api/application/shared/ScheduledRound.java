package io.worklane.api.application.shared;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One round of scheduled background work (jobs, recurrences): none while it is switched off or the server is
 * stopping; run to its end on the scheduler's worker thread; a failure logged as an error, unless the shutdown
 * caused it (the database or the pool went away under a round that began before it), which is only DEBUG.
 */
@ApplicationScoped
public class ScheduledRound {
    private final Stopping stopping;

    public ScheduledRound(Stopping stopping) {
        this.stopping = stopping;
    }

    /**
     * Runs {@code round} unless {@code enabled} is false or the server is stopping; answers its result, or empty when
     * it did not run or failed ({@code failed} is what the log then says, in {@code log}'s category).
     */
    public <T> Optional<T> run(boolean enabled, Logger log, String failed, Supplier<Uni<T>> round) {
        if (!enabled || stopping.now()) {
            return Optional.empty();
        }
        try {
            // on a worker thread: Hibernate Reactive needs a Vert.x context of its own, which this provides
            return Optional.ofNullable(VertxContextSupport.subscribeAndAwait(round));
        } catch (Throwable e) {
            if (stopping.now()) {
                log.debugf("%s (ended by the shutdown: %s)", failed, e.toString());
            } else {
                log.error(failed, e);
            }
            return Optional.empty();
        }
    }
}
