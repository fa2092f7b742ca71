package io.worklane.api.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.observability.Backlog;
import io.worklane.domain.observability.BacklogProbe;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Gauges of what waits in the database, measured every WORKLANE_METRICS_BACKLOG_INTERVAL (one
 * statement) rather than on each scrape, so that a scraper cannot load the database:
 * {@code worklane_outbox_lag_seconds}, {@code worklane_webhooks_queue_depth} (pending),
 * {@code worklane_webhooks_queue_due}, {@code worklane_jobs_due} (automation rules due). Every
 * instance reports the same figures: dashboards take their maximum.
 */
@Startup
@ApplicationScoped
public class BacklogMetrics {
    private static final Logger LOG = Logger.getLogger(BacklogMetrics.class);
    private final BacklogProbe probe;
    private final AtomicReference<Backlog> last = new AtomicReference<>(new Backlog(0, 0, 0, 0));

    public BacklogMetrics(BacklogProbe probe, MeterRegistry registry) {
        this.probe = probe;
        gauge(registry, "worklane.outbox.lag.seconds", Backlog::outboxLagSeconds,
                "Age of the oldest committed event not yet fanned out to webhook subscriptions");
        gauge(registry, "worklane.webhooks.queue.depth", b -> b.webhooksPending(), "Webhook deliveries pending");
        gauge(registry, "worklane.webhooks.queue.due", b -> b.webhooksDue(), "Webhook deliveries due now and not leased");
        gauge(registry, "worklane.jobs.due", b -> b.automationRulesDue(), "Time-based automation rules due now");
    }

    private void gauge(MeterRegistry registry, String name, ToDoubleFunction<Backlog> value, String description) {
        Gauge.builder(name, last, ref -> value.applyAsDouble(ref.get())).description(description).register(registry);
    }

    @Scheduled(every = "${worklane.metrics.backlog-interval:15s}", identity = "backlog-metrics",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sample() {
        return measure().onFailure().invoke(e -> LOG.debugf("Backlog metrics not measured: %s", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Measures now; the gauges show the result. */
    public Uni<Backlog> measure() {
        return probe.measure().invoke(last::set);
    }
}
