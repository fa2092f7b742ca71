package io.worklane.api.application.automation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.AutomationConfig;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.AutomationRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Runs time-based rules (SCHEDULE, DUE_DATE_WITHIN) when they are due. Each rule is claimed with
 * FOR UPDATE SKIP LOCKED and run in its own transaction, which also advances its next run: several
 * instances never run a rule twice, and a failing rule does not undo the others.
 */
@ApplicationScoped
public class AutomationScheduler {
    private static final Logger LOG = Logger.getLogger(AutomationScheduler.class);
    private final AutomationRules rules;
    private final ScheduledRuns scheduled;
    private final AutomationConfig config;
    private final Now now;

    public AutomationScheduler(AutomationRules rules, ScheduledRuns scheduled, AutomationConfig config, Now now) {
        this.rules = rules;
        this.scheduled = scheduled;
        this.config = config;
        this.now = now;
    }

    @Scheduled(identity = "automation-rules", every = "${worklane.automation.tick:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.scheduler().enabled()) {
            return;
        }
        try {
            // on a worker thread: Hibernate Reactive needs a Vert.x context of its own, which this provides
            int ran = VertxContextSupport.subscribeAndAwait(() -> runDueRules(now.instant()));
            LOG.debugf("Automation: %d time-based rules run", ran);
        } catch (Throwable e) {
            LOG.errorf(e, "Automation: the scheduler's tick failed; trying at the next one");
        }
    }

    /** Runs the rules due at {@code now}, one transaction each, up to the tick's limit; answers how many. */
    Uni<Integer> runDueRules(Instant now) {
        AtomicInteger ran = new AtomicInteger();
        return Uni.createFrom().deferred(() -> once(now))
                .repeat().whilst(claimed -> claimed && ran.incrementAndGet() < config.rulesPerTick())
                .collect().last()
                .onFailure().invoke(e -> LOG.errorf(e, "Automation: could not claim due rules; trying at the next tick"))
                .onFailure().recoverWithNull()
                .map(last -> ran.get());
    }

    /** Claims one due rule and runs it; false when none is due (or every due one is claimed elsewhere). */
    private Uni<Boolean> once(Instant now) {
        AtomicReference<AutomationRule> claimed = new AtomicReference<>();
        return Panache.withTransaction(() -> rules.claimDue(now).chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    claimed.set(found.get());
                    return scheduled.run(found.get(), now).call(() -> reschedule(found.get(), now)).replaceWith(true);
                }))
                .onFailure(e -> claimed.get() != null).recoverWithUni(e -> failed(claimed.get(), now, e));
    }

    /** Logs the failure and moves the rule to its next time, so that it cannot hold up the rules due after it. */
    private Uni<Boolean> failed(AutomationRule rule, Instant now, Throwable e) {
        LOG.errorf(e, "Automation rule '%s' (%s) failed; its run was rolled back", rule.name(), rule.id());
        return Panache.withTransaction(() -> scheduled.failed(rule, now).call(() -> reschedule(rule, now)))
                .replaceWith(true);
    }

    private Uni<Void> reschedule(AutomationRule rule, Instant now) {
        return rules.reschedule(rule.id(), Schedules.nextRun(rule, now, config.dueDateSweep()));
    }
}
