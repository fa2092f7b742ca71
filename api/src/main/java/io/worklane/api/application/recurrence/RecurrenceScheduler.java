package io.worklane.api.application.recurrence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.shared.ScheduledRound;
import io.worklane.api.application.shared.Stopping;
import io.worklane.api.config.RecurrencesConfig;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.Recurrences;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Creates the occurrences of recurring series when they come due. Each series is claimed with FOR UPDATE SKIP
 * LOCKED and its occurrence created in the claim's transaction, which also moves the series to its next date: with
 * any number of instances an occurrence is created once, and a failing series does not hold up the others.
 */
@ApplicationScoped
public class RecurrenceScheduler {
    private static final Logger LOG = Logger.getLogger(RecurrenceScheduler.class);
    private final Recurrences recurrences;
    private final RecurrenceOccurrences occurrences;
    private final RecurrencesConfig config;
    private final Now now;
    private final Stopping stopping;
    private final ScheduledRound rounds;

    public RecurrenceScheduler(Recurrences recurrences, RecurrenceOccurrences occurrences, RecurrencesConfig config,
                               Now now, Stopping stopping, ScheduledRound rounds) {
        this.recurrences = recurrences;
        this.occurrences = occurrences;
        this.config = config;
        this.now = now;
        this.stopping = stopping;
        this.rounds = rounds;
    }

    @Scheduled(identity = "recurrences", every = "${worklane.recurrences.tick:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        rounds.run(config.scheduler().enabled(), LOG, "Recurrences: the tick failed; trying at the next one",
                () -> runDue(now.instant())).ifPresent(created -> LOG.debugf("Recurrences: %d occurrences created", created));
    }

    /** Creates the occurrences due at {@code now}, one transaction each, up to the tick's limit; answers how many. */
    public Uni<Integer> runDue(Instant now) {
        AtomicInteger created = new AtomicInteger();
        return Uni.createFrom().deferred(() -> once(now))
                .repeat().whilst(claimed -> claimed && created.incrementAndGet() < config.perTick())
                .collect().last()
                .onFailure(e -> !stopping.now())
                .invoke(e -> LOG.errorf(e, "Recurrences: could not claim due series; trying at the next tick"))
                .onFailure().recoverWithNull()
                .map(last -> created.get());
    }

    /** Claims one due series and creates its occurrence; false when none is due (or all are claimed elsewhere). */
    private Uni<Boolean> once(Instant now) {
        AtomicReference<Recurrence> claimed = new AtomicReference<>();
        return Panache.withTransaction(() -> recurrences.claimDue(now).chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    claimed.set(found.get());
                    return occurrences.create(found.get(), now).replaceWith(true);
                }))
                .onFailure(e -> claimed.get() != null).recoverWithUni(e -> failed(claimed.get(), now, e));
    }

    /** Logs the failure and moves the series past this occurrence, so that it cannot block the ones after it. */
    private Uni<Boolean> failed(Recurrence series, Instant now, Throwable e) {
        LOG.errorf(e, "Recurrence %s could not create its occurrence; skipped it (rolled back)", series.id());
        return Panache.withTransaction(() -> occurrences.skip(series, now)).replaceWith(true);
    }
}
