package io.worklane.api.application.webhook.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.webhook.WebhookHealth;
import io.worklane.api.config.WebhooksConfig;
import io.worklane.domain.event.EventNotices;
import io.worklane.domain.webhook.AttemptResult;
import io.worklane.domain.webhook.ClaimedDelivery;
import io.worklane.domain.webhook.DeliveryAttempt;
import io.worklane.domain.webhook.DeliveryOutcome;
import io.worklane.domain.webhook.DeliveryQueue;
import io.worklane.domain.webhook.FailureStreak;
import io.worklane.domain.webhook.NextAttempt;
import io.worklane.domain.webhook.RecordedAttempts;
import io.worklane.domain.webhook.ResponseClassifier;
import io.worklane.domain.webhook.RetrySchedule;
import io.worklane.domain.webhook.SubscriptionHealth;
import io.worklane.domain.webhook.TargetAddressPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks. Each cycle fans new events out to the subscriptions behind them, then leases due
 * deliveries in batches and sends them concurrently (up to the concurrency setting in flight), logging
 * ended attempts in batches ({@link AttemptRecorder}; a result whose lease was lost changes nothing). A cycle runs when polled (every poll interval) or woken (an event committed on
 * any instance, an action of the API, an attempt ending); a slow receiver
 * holds one slot, never the loop. Work is claimed in the database, so any number of instances may run.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** How long the shutdown waits for a delivery cycle and its attempts to end. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    static final int SUBSCRIPTIONS_PER_FAN_OUT = 20;
    static final int EVENTS_PER_SUBSCRIPTION = 500;
    private final DeliveryQueue queue;
    private final WebhookHealth health;
    private final WebhooksConfig config;
    private final Now now;
    private final Vertx vertx;
    private final EventNotices notices;
    private final RetrySchedule schedule;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopped;
    private WebhookSender sender;
    private long timer = -1;

    private final DeliveryMetrics metrics;
    private final AttemptRecorder recorder;

    public DeliveryWorker(DeliveryQueue queue, WebhookHealth health, WebhooksConfig config, Now now, Vertx vertx,
                          EventNotices notices, DeliveryMetrics metrics) {
        this.metrics = metrics;
        metrics.watchInFlight(inFlight::get);
        this.queue = queue;
        this.notices = notices;
        this.health = health;
        this.config = config;
        this.now = now;
        this.vertx = vertx;
        this.schedule = RetrySchedule.parse(config.retrySchedule(), "worklane.webhooks.retry-schedule");
        this.recorder = new AttemptRecorder(queue, this::applied, ended -> done());
    }

    void start(@Observes StartupEvent started) {
        if (!config.delivery().enabled()) {
            LOG.info("Webhook delivery is off on this instance (worklane.webhooks.delivery.enabled=false)");
            return;
        }
        sender = new WebhookSender(vertx, new TargetResolver(vertx, new TargetAddressPolicy(
                config.allowPrivateTargets())), config.timeout(), config.responseReadBytes(),
                config.delivery().concurrency());
        timer = vertx.setPeriodic(config.delivery().pollInterval().toMillis(), id -> wake());
        // a committed event (on any instance, V11's NOTIFY) wakes the worker at once; the poll above
        // guarantees progress when a notice is missed
        notices.notices().subscribe().with(notice -> wake(), e -> LOG.warnf("Webhook delivery: event notices"
                + " ended (%s); polling only", e.toString()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        // the embedded database stops after this observer: a cycle or attempt in flight should end first
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while ((running.get() || inFlight.get() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs a cycle now, or right after the one running: call it when an event was committed. */
    public void wake() {
        if (stopped || sender == null) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        Uni.createFrom().deferred(() -> queue.fanOut(SUBSCRIPTIONS_PER_FAN_OUT, EVENTS_PER_SUBSCRIPTION,
                        config.payloadCapBytes(), now.instant()))
                .invoke(moved -> {
                    if (moved > 0) {
                        again.set(true);
                    }
                })
                .chain(this::claimAndSend)
                .subscribe().with(ignored -> finish(), e -> {
                    if (stopped) { // the database may be going away with the server: nothing is lost, leases expire
                        LOG.debugf("Webhook delivery: a cycle ended by the shutdown (%s)", e.toString());
                    } else {
                        LOG.warnf("Webhook delivery: a cycle failed (%s); the next one retries", e.toString());
                    }
                    finish();
                });
    }

    private void finish() {
        running.set(false);
        if (again.getAndSet(false)) {
            wake();
        }
    }

    /** Leases as many due deliveries as there is room in flight for, and starts sending each. */
    private Uni<Void> claimAndSend() {
        int room = Math.min(config.delivery().batchSize(), config.delivery().concurrency() - inFlight.get());
        if (room <= 0 || stopped) {
            return Uni.createFrom().voidItem();
        }
        Instant at = now.instant();
        return queue.claim(room, at, at.plus(config.delivery().lease())).chain(claimed -> {
            claimed.forEach(this::attempt);
            // a full batch: there may be more due, claim again once this cycle ends
            if (claimed.size() == room) {
                again.set(true);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private void attempt(ClaimedDelivery d) {
        inFlight.incrementAndGet();
        Instant at = now.instant();
        sender.send(d, at).onComplete(sent -> {
            SendResult result = sent.result();
            Instant ended = now.instant();
            DeliveryOutcome outcome = result.answered()
                    ? ResponseClassifier.classify(result.status(), result.headers(), ended)
                    : ResponseClassifier.connectionFailed(result.error());
            metrics.attempted(outcome.kind());
            NextAttempt next = NextAttempt.after(d.attempt(), outcome, schedule, ThreadLocalRandom.current(), ended);
            DeliveryAttempt logged = new DeliveryAttempt(at, result.answered() ? result.status() : null,
                    result.latencyMs(), outcome.kind() == DeliveryOutcome.Kind.SUCCESS ? null : outcome.reason(),
                    DeliveryAttempt.truncated(result.body()));
            recorder.add(new AttemptResult(d, logged, next));
        });
    }

    /**
     * Disables what the batch says must be: a subscription whose receiver answered 410 (unless a newer
     * attempt had taken the delivery over) or whose failure streak reached the health policy's limits.
     */
    private Uni<Void> applied(List<AttemptResult> batch, RecordedAttempts recorded) {
        Map<UUID, Disabling> disable = new LinkedHashMap<>();
        for (AttemptResult r : batch) {
            ClaimedDelivery d = r.delivery();
            if (r.next().disableSubscription() && recorded.current().contains(d.id())) {
                disable.putIfAbsent(d.subscriptionId(), new Disabling(d, r.attempt().error()));
            }
            FailureStreak streak = recorded.grown().get(d.subscriptionId());
            if (streak != null) {
                SubscriptionHealth.DEFAULT.reasonToDisable(streak, now.instant())
                        .ifPresent(reason -> disable.putIfAbsent(d.subscriptionId(), new Disabling(d, reason)));
            }
        }
        return Multi.createFrom().iterable(disable.values())
                .onItem().transformToUniAndConcatenate(x -> disable(x.delivery(), x.reason()))
                .collect().last().replaceWithVoid();
    }

    private record Disabling(ClaimedDelivery delivery, String reason) {
    }

    private void done() {
        inFlight.decrementAndGet();
        wake();
    }

    /** In a transaction of its own, on a worker thread: Hibernate Reactive needs a Vert.x context it owns. */
    private Uni<Void> disable(ClaimedDelivery d, String reason) {
        return Uni.createFrom().completionStage(vertx.<Boolean>executeBlocking(() -> {
                    try {
                        return VertxContextSupport.subscribeAndAwait(
                                () -> health.disable(d.workspaceId(), d.subscriptionId(), reason));
                    } catch (Throwable e) {
                        throw new IllegalStateException("could not disable webhook " + d.subscriptionId(), e);
                    }
                }, false).toCompletionStage())
                .invoke(disabled -> {
                    if (disabled) {
                        LOG.infof("Webhook %s disabled: %s", d.subscriptionId(), reason);
                    }
                })
                .replaceWithVoid();
    }

    /** For tests and tools: how many attempts are under way on this instance. */
    public int inFlight() {
        return inFlight.get();
    }
}
