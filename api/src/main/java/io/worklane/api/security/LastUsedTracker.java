package io.worklane.api.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * When each API key was last used, without a database write per request: authentication records the
 * time in memory (one map entry per key, the latest time wins), and a scheduled job writes everything
 * recorded since the previous flush in one statement, every
 * {@code worklane.api-keys.last-used-flush-interval} and on shutdown. Each instance flushes its own
 * uses; the store keeps the latest time whichever instance writes last.
 */
@ApplicationScoped
public class LastUsedTracker {
    private static final Logger LOG = Logger.getLogger(LastUsedTracker.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    private final ConcurrentHashMap<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final ApiKeys apiKeys;

    public LastUsedTracker(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /** Notes a use of the key; cheap and non-blocking, called on every authenticated request. */
    public void record(UUID keyId, Instant at) {
        pending.merge(keyId, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /**
     * Writes the uses recorded so far in one statement. Uses recorded while it runs wait for the next
     * flush; if the write fails, its uses are kept for the next one.
     *
     * @return how many keys were updated
     */
    public Uni<Integer> flush() {
        if (pending.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Map<UUID, Instant> batch = new HashMap<>(pending);
        // remove only what is in the batch: a later use recorded meanwhile stays for the next flush
        batch.forEach((id, at) -> pending.remove(id, at));
        return Uni.createFrom().deferred(() -> apiKeys.recordLastUse(batch))
                .onFailure().invoke(failure -> batch.forEach(this::record));
    }

    @Scheduled(identity = "api-keys-last-used-flush", every = "${worklane.api-keys.last-used-flush-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> flushPeriodically() {
        return flush().onFailure().invoke(failure -> LOG.warnf(
                        "Could not record the last use of API keys (kept for the next flush): %s", failure.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            flush().await().atMost(SHUTDOWN_WAIT);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the last use of API keys on shutdown: %s", e.toString());
        }
    }
}
