package io.worklane.api.application.event;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.EventFeed;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes events older than {@code worklane.events.retention} (WORKLANE_EVENTS_RETENTION, default 30
 * days), in batches, every hour. Each instance may run it: a batch deleted twice is simply empty.
 */
@ApplicationScoped
public class EventRetention {
    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    static final int BATCH = 5000;
    private final EventFeed feed;
    private final Duration retention;

    public EventRetention(EventFeed feed, @ConfigProperty(name = "worklane.events.retention", defaultValue = "P30D")
                          Duration retention) {
        this.feed = feed;
        this.retention = retention;
    }

    @Scheduled(every = "${worklane.events.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge(Instant.now()).onFailure().invoke(e -> LOG.warnf("Event purge failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Purges everything that occurred before {@code now - retention}; answers how many events went. */
    public Uni<Integer> purge(Instant now) {
        return purgeFrom(now.minus(retention), 0);
    }

    private Uni<Integer> purgeFrom(Instant cutoff, int sofar) {
        return feed.purgeBefore(cutoff, BATCH).chain(n -> n < BATCH ? Uni.createFrom().item(sofar + n)
                : purgeFrom(cutoff, sofar + n));
    }
}
