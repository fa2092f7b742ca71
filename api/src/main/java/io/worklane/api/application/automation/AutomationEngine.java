package io.worklane.api.application.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.AutomationRules;
import io.worklane.domain.automation.RuleChain;
import io.worklane.domain.automation.RuleRun;
import io.worklane.domain.automation.RuleRuns;
import io.worklane.domain.automation.RuleTrigger;
import io.worklane.domain.automation.Trigger;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs the automation rules a change of a work item triggers, in the transaction of that change (ADR
 * 0018). Each rule that fires runs its actions in order as the rule itself ({@link Caller#rule}); an
 * action that is refused (a guard, a validation) ends that rule's run as FAILED with the reason, and
 * the change that triggered it still commits. Every execution is logged as one {@link RuleRun}.
 * Actions that change an item trigger rules in turn, one level deeper; past {@link RuleChain#MAX_DEPTH}
 * a rule is not run but logged STOPPED_AT_DEPTH, so rules that trigger each other end.
 */
@ApplicationScoped
public class AutomationEngine {
    private static final Logger LOG = Logger.getLogger(AutomationEngine.class);
    private final AutomationRules rules;
    private final RuleRuns runs;
    private final RuleActions actions;
    private final WorkItems workItems;
    private final Now now;
    private final AutomationMetrics metrics;

    public AutomationEngine(AutomationRules rules, RuleRuns runs, RuleActions actions, WorkItems workItems, Now now,
                            AutomationMetrics metrics) {
        this.metrics = metrics;
        this.rules = rules;
        this.runs = runs;
        this.actions = actions;
        this.workItems = workItems;
        this.now = now;
    }

    /**
     * Runs, oldest first, the enabled rules of the item's workspace and project that fire on what just
     * happened to {@code item}. Call it inside the use case's transaction, after the change is saved.
     * The depth of the chain comes with the caller: a person or key starts it, a rule continues it.
     */
    public Uni<Void> after(Caller caller, RuleTrigger trigger, WorkItem item) {
        return rulesOnChanges(item.workspaceId(), item.projectId())
                .chain(candidates -> after(caller, trigger, item, candidates));
    }

    /**
     * The rules a change of the project's items may fire, read ahead of the change by a use case that holds a lock
     * while it writes (a creation holds its project's numbering): then {@link #after(Caller, RuleTrigger, WorkItem,
     * List)} runs them without a read while the lock is held.
     */
    public Uni<List<AutomationRule>> rulesOnChanges(UUID workspaceId, UUID projectId) {
        return rules.onChanges(workspaceId, projectId);
    }

    /** {@link #after(Caller, RuleTrigger, WorkItem)} with the candidate rules already read. */
    public Uni<Void> after(Caller caller, RuleTrigger trigger, WorkItem item, List<AutomationRule> candidates) {
        return inTurn(candidates, rule -> fire(rule, trigger, item, caller.chain()));
    }

    /**
     * {@link #after} for many items of one project that the same change made (an import's chunk, ADR 0083): the
     * rules are read once, then run on each item in turn as {@link #after} runs them.
     */
    public Uni<Void> afterEach(Caller caller, RuleTrigger trigger, UUID workspaceId, UUID projectId,
                               List<WorkItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return rules.onChanges(workspaceId, projectId).chain(candidates -> candidates.isEmpty()
                ? Uni.createFrom().voidItem()
                : inTurn(items, item -> inTurn(candidates, rule -> fire(rule, trigger, item, caller.chain()))));
    }

    /**
     * Runs, oldest first, the enabled RISK_EXPOSURE_REACHED rules of the risk's workspace and project whose
     * threshold the change crossed ({@code before} null for a new risk), on no item, in the caller's
     * transaction and chain.
     */
    public Uni<Void> afterRisk(Caller caller, UUID workspaceId, UUID projectId, Integer before, int after) {
        return rules.onChanges(workspaceId, projectId).map(candidates -> candidates.stream()
                        .filter(rule -> rule.trigger() instanceof Trigger.RiskExposureReached reached
                                && reached.reachedBy(before, after)).toList())
                .chain(firing -> inTurn(firing, rule -> run(rule, null, caller.chain().next())));
    }

    /** A time-based rule on one item (or, for a SCHEDULE rule without a condition, none): it starts a chain. */
    Uni<Void> runScheduled(AutomationRule rule, WorkItem item) {
        return run(rule, item, RuleChain.start().next());
    }

    /** Whether the rule fires on the item as it is now (earlier rules may have changed it). */
    private Uni<Void> fire(AutomationRule rule, RuleTrigger trigger, WorkItem item, RuleChain from) {
        return workItems.current(item).chain(current -> rule.firesOn(trigger, current, today(now.instant()))
                ? run(rule, current, from.next()) : Uni.createFrom().voidItem());
    }

    private Uni<Void> run(AutomationRule rule, WorkItem item, RuleChain chain) {
        var started = now.instant();
        var itemId = item == null ? null : item.id();
        if (chain.exceeded()) {
            LOG.errorf("Automation rule '%s' (%s) stopped at depth %d on work item %s: rules are triggering each"
                    + " other; it did not run", rule.name(), rule.id(), chain.depth(), itemId);
            return logged(rule, RuleRun.stoppedAtDepth(rule.id(), itemId, chain, started));
        }
        Caller actor = Caller.rule(rule.workspaceId(), rule.id(), rule.name(), chain);
        return actions.runAll(actor, rule, item)
                .map(done -> RuleRun.succeeded(rule.id(), itemId, chain, started, now.instant()))
                .onFailure(DomainException.class).recoverWithItem(e -> RuleRun.failed(rule.id(), itemId, chain,
                        reason((DomainException) e), started, now.instant()))
                .chain(run -> logged(rule, run));
    }

    /** Appends the run to the rule's log (in the caller's transaction) and counts it. */
    Uni<Void> logged(AutomationRule rule, RuleRun run) {
        return runs.append(rule.workspaceId(), run).invoke(() -> metrics.ran(run));
    }

    /** The refusal as a person reads it: the message and each field error. */
    static String reason(DomainException e) {
        StringBuilder out = new StringBuilder(e.getMessage() == null ? e.code().name() : e.getMessage());
        e.errors().forEach(error -> out.append(" ").append(error.field()).append(": ").append(error.message()).append('.'));
        return out.toString().strip();
    }

    /** "today" of conditions and due dates: the UTC date, as the filter language reads dates. */
    static LocalDate today(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** One after the other, never concurrently: they share the transaction's session. */
    static <T> Uni<Void> inTurn(List<T> items, java.util.function.Function<T, Uni<Void>> work) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (T item : items) {
            all = all.chain(() -> work.apply(item));
        }
        return all;
    }
}
