package io.worklane.api.application.notification;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.NotificationsConfig;
import io.worklane.domain.notification.ClaimedMail;
import io.worklane.domain.notification.MailQueue;
import io.worklane.domain.webhook.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the mail outbox (ADR 0039). Each cycle gathers the digests that are due, then leases due mails (SKIP
 * LOCKED, so instances share the work and none is sent by two) and sends them concurrently, each bounded by the
 * mail timeout. A mail the server refuses, or does not answer in time, is tried again after the retry
 * schedule's next wait, the last wait repeating for ever: an outage delays mail, it never loses it. API
 * requests only write rows; no request waits for SMTP.
 */
@ApplicationScoped
public class MailWorker {
    private static final Logger LOG = Logger.getLogger(MailWorker.class);
    private final MailQueue queue;
    private final ReactiveMailer mailer;
    private final MailRenderer renderer;
    private final NotificationsConfig config;
    private final Now now;
    private final Vertx vertx;
    private final RetrySchedule schedule;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public MailWorker(MailQueue queue, ReactiveMailer mailer, MailRenderer renderer, NotificationsConfig config, Now now,
                      Vertx vertx) {
        this.queue = queue;
        this.mailer = mailer;
        this.renderer = renderer;
        this.config = config;
        this.now = now;
        this.vertx = vertx;
        this.schedule = RetrySchedule.parse(config.mail().retrySchedule(), "worklane.notifications.mail.retry-schedule");
    }

    void start(@Observes StartupEvent started) {
        if (!config.mail().enabled()) {
            LOG.info("Notification mail is off on this instance (worklane.notifications.mail.enabled=false)");
            return;
        }
        timer = vertx.setPeriodic(config.mail().pollInterval().toMillis(), id -> cycle().subscribe().with(
                n -> { }, e -> LOG.warnf("Notification mail: a cycle failed (%s); the next one retries", e.toString())));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** One cycle: digests gathered, due mails sent; answers how many were sent. Skipped while one runs. */
    public Uni<Integer> cycle() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        Instant at = now.instant();
        return queue.gatherDigests(at, 1000)
                .chain(() -> queue.claim(config.mail().batchSize(), at, at.plus(config.mail().lease())))
                .chain(this::sendAll)
                .eventually(() -> running.set(false));
    }

    private Uni<Integer> sendAll(List<ClaimedMail> mails) {
        if (mails.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Uni.join().all(mails.stream().map(this::send).toList()).andCollectFailures()
                .map(sent -> (int) sent.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> send(ClaimedMail mail) {
        return queue.content(mail).chain(content -> content.isEmpty()
                ? queue.drop(mail.id()).replaceWith(false)
                : renderer.render(content.get(), mail.digest())
                        .chain(m -> mailer.send(m).ifNoItem().after(config.mail().timeout()).fail())
                        .chain(() -> queue.sent(mail.id(), now.instant()).replaceWith(true))
                        .onFailure().recoverWithUni(e -> retryLater(mail, e)));
    }

    private Uni<Boolean> retryLater(ClaimedMail mail, Throwable failure) {
        Duration wait = schedule.delayBeforeAttempt(Math.min(mail.attempt() + 1, schedule.maxAttempts()),
                ThreadLocalRandom.current()).orElse(Duration.ofHours(1));
        LOG.infof("Notification mail %s not sent (attempt %d: %s); trying again in %s", mail.id(), mail.attempt(),
                failure.toString(), wait);
        return queue.failed(mail.id(), failure.toString(), now.instant().plus(wait)).replaceWith(false);
    }
}
