package io.worklane.api.application.webhook.delivery;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.WebhooksConfig;
import io.worklane.domain.webhook.DeliveryQueue;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Purges DELIVERED deliveries (their attempts go with them) older than
 * {@code worklane.webhooks.delivered-retention}, in batches, every hour. Each instance may run it: a
 * batch deleted twice is simply empty. FAILED deliveries stay for an operator to redeliver.
 */
@ApplicationScoped
public class DeliveryRetention {
    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);
    static final int BATCH = 5000;
    private final DeliveryQueue queue;
    private final WebhooksConfig config;
    private final Now now;

    public DeliveryRetention(DeliveryQueue queue, WebhooksConfig config, Now now) {
        this.queue = queue;
        this.config = config;
        this.now = now;
    }

    @Scheduled(every = "${worklane.webhooks.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge().onFailure().invoke(e -> LOG.warnf("Webhook delivery purge failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Purges every DELIVERED delivery last changed before now minus the retention; answers how many went. */
    public Uni<Integer> purge() {
        return purgeFrom(now.instant().minus(config.deliveredRetention()), 0);
    }

    private Uni<Integer> purgeFrom(Instant cutoff, int sofar) {
        return queue.purgeDelivered(cutoff, BATCH).chain(n -> n < BATCH ? Uni.createFrom().item(sofar + n)
                : purgeFrom(cutoff, sofar + n));
    }
}
