package io.worklane.api.application.webhook.delivery;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.webhook.AttemptResult;
import io.worklane.domain.webhook.DeliveryQueue;
import io.worklane.domain.webhook.RecordedAttempts;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Writes ended attempts in batches, one statement each: an attempt that ends while a batch is being
 * written waits for the next, so under load many results share one round trip and, when quiet, a
 * result is written at once. Then {@code applied} acts on what the batch changed, and {@code ended}
 * is told of each attempt.
 */
final class AttemptRecorder {
    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);
    static final int MAX_BATCH = 500;
    private final DeliveryQueue queue;
    private final BiFunction<List<AttemptResult>, RecordedAttempts, Uni<Void>> applied;
    private final Consumer<AttemptResult> ended;
    private final Queue<AttemptResult> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    AttemptRecorder(DeliveryQueue queue, BiFunction<List<AttemptResult>, RecordedAttempts, Uni<Void>> applied,
                    Consumer<AttemptResult> ended) {
        this.queue = queue;
        this.applied = applied;
        this.ended = ended;
    }

    void add(AttemptResult result) {
        waiting.add(result);
        flush();
    }

    private void flush() {
        if (waiting.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        List<AttemptResult> batch = new ArrayList<>();
        for (AttemptResult r; batch.size() < MAX_BATCH && (r = waiting.poll()) != null; ) {
            batch.add(r);
        }
        Uni.createFrom().deferred(() -> queue.record(batch)).call(recorded -> applied.apply(batch, recorded))
                .subscribe().with(ignored -> written(batch), e -> {
                    LOG.warnf("Webhook delivery: %d attempt(s) could not be recorded (%s); they are sent again when"
                            + " their lease ends", batch.size(), e.toString());
                    written(batch);
                });
    }

    private void written(List<AttemptResult> batch) {
        writing.set(false);
        batch.forEach(ended);
        flush();
    }
}
