package io.worklane.api.application.attachment;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.AttachmentsConfig;
import io.worklane.domain.attachment.BlobDeletions;
import io.worklane.domain.attachment.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Removes from the store the bytes of attachments whose rows are gone (queued in their transaction). Keys
 * are claimed with SKIP LOCKED, so any number of instances may sweep; a removal that fails comes back later.
 */
@ApplicationScoped
public class BlobSweeper {
    private static final Logger LOG = Logger.getLogger(BlobSweeper.class);
    static final int BATCH = 100;
    static final Duration RETRY = Duration.ofMinutes(5);
    private final BlobDeletions queue;
    private final BlobStore store;
    private final AttachmentsConfig config;
    private final Now now;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public BlobSweeper(BlobDeletions queue, BlobStore store, AttachmentsConfig config, Now now, Vertx vertx) {
        this.queue = queue;
        this.store = store;
        this.config = config;
        this.now = now;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        if (config.sweeper().enabled()) {
            timer = vertx.setPeriodic(config.sweeper().interval().toMillis(), id -> sweep().subscribe().with(
                    n -> { }, e -> LOG.warnf("Attachment sweep failed (%s); the next one retries", e.toString())));
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** One sweep: up to a batch of queued keys removed from the store; answers how many were. */
    public Uni<Integer> sweep() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        Instant at = now.instant();
        return queue.claim(BATCH, at, at.plus(RETRY))
                .chain(keys -> Uni.createFrom().completionStage(() -> vertx.executeBlocking(() -> remove(keys), false)
                        .toCompletionStage()))
                .call(queue::done)
                .map(List::size)
                .eventually(() -> running.set(false));
    }

    private List<String> remove(List<String> keys) {
        List<String> removed = new ArrayList<>();
        for (String key : keys) {
            try {
                store.delete(key);
                removed.add(key);
            } catch (RuntimeException e) {
                LOG.warnf("Could not remove attachment bytes %s (%s); retrying in %s", key, e.toString(), RETRY);
            }
        }
        return removed;
    }
}
