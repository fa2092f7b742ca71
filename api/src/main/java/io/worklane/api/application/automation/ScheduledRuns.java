package io.worklane.api.application.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.api.config.AutomationConfig;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.AutomationRules;
import io.worklane.domain.automation.RuleChain;
import io.worklane.domain.automation.RuleRun;
import io.worklane.domain.automation.RuleTrigger;
import io.worklane.domain.automation.Trigger;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One run of a claimed time-based rule, in the scheduler's transaction. DUE_DATE_WITHIN acts on the
 * items due within its days that it has not fired on for that due date (nearest first); SCHEDULE with
 * a condition on the items matching it (most recently updated first), without one on no item. At most
 * {@code itemsPerRun} items per run; candidates are examined up to {@code itemsExamined}.
 */
@ApplicationScoped
public class ScheduledRuns {
    private final AutomationRules rules;
    private final WorkItems workItems;
    private final AutomationEngine engine;
    private final AutomationConfig config;

    public ScheduledRuns(AutomationRules rules, WorkItems workItems, AutomationEngine engine,
                         AutomationConfig config) {
        this.rules = rules;
        this.workItems = workItems;
        this.engine = engine;
        this.config = config;
    }

    Uni<Void> run(AutomationRule rule, Instant now) {
        if (ItemlessSchedules.isItemless(rule)) {
            return engine.runScheduled(rule, null);
        }
        LocalDate today = AutomationEngine.today(now);
        Uni<List<UUID>> candidates = rule.trigger() instanceof Trigger.DueDateWithin due
                ? rules.dueItems(rule, today, today.plusDays(due.days()), config.itemsExamined())
                : rules.itemsInScope(rule, config.itemsExamined());
        return candidates.chain(ids -> load(rule, ids)).chain(items -> AutomationEngine.inTurn(items.stream()
                .filter(item -> rule.firesOn(RuleTrigger.scheduled(), item, today)).limit(config.itemsPerRun())
                .toList(), item -> engine.runScheduled(rule, item).call(() -> fired(rule, item, now))));
    }

    /** A run that failed outright (not a refusal: the engine logs those) and was rolled back. */
    Uni<Void> failed(AutomationRule rule, Instant now) {
        return engine.logged(rule, RuleRun.failed(rule.id(), null, RuleChain.start().next(),
                "The run failed unexpectedly and nothing it did was kept; the rule runs again at its next time."
                        + " The server log has the details.", now, now));
    }

    private Uni<List<WorkItem>> load(AutomationRule rule, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return workItems.byIds(rule.workspaceId(), ids).map(found -> {
            Map<UUID, WorkItem> byId = new java.util.HashMap<>();
            found.forEach(item -> byId.put(item.id(), item));
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList(); // in the order chosen by SQL
        });
    }

    private Uni<Void> fired(AutomationRule rule, WorkItem item, Instant now) {
        return rule.trigger() instanceof Trigger.DueDateWithin
                ? rules.markDueFired(rule.id(), item.id(), item.dueDate(), now) : Uni.createFrom().voidItem();
    }
}
