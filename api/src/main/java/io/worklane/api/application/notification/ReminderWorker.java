package io.worklane.api.application.notification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Vertx;
import io.worklane.api.config.NotificationsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Fires due reminders every tick. Reminders are claimed with FOR UPDATE SKIP LOCKED inside the transaction
 * that tells their person, so with several instances each reminder fires once.
 */
@ApplicationScoped
public class ReminderWorker {
    private static final Logger LOG = Logger.getLogger(ReminderWorker.class);
    static final int PER_TICK = 200;
    private final ReminderService service;
    private final NotificationsConfig config;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public ReminderWorker(ReminderService service, NotificationsConfig config, Vertx vertx) {
        this.service = service;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        if (config.reminders().enabled()) {
            timer = vertx.setPeriodic(config.reminders().tick().toMillis(), id -> tick());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(() -> fire(), false).onComplete(done -> {
            running.set(false);
            if (done.failed()) {
                LOG.warnf("Reminders: a tick failed (%s); the next one retries", done.cause().toString());
            }
        });
    }

    /** Fires what is due now (in its own transaction, on a worker thread); answers how many fired. */
    public int fire() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> service.fireDue(PER_TICK));
        } catch (Throwable e) {
            throw new IllegalStateException("firing due reminders failed", e);
        }
    }
}
