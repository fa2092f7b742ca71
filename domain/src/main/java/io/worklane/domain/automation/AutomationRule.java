package io.worklane.domain.automation;

import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.WorkItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** "When X, if Y, then Z": a trigger, an optional condition (a filter) and 1–10 actions. */
public record AutomationRule(UUID id, UUID workspaceId, UUID projectId, String name, boolean enabled, Trigger trigger,
                             FilterExpression condition, List<Action> actions, long version, Instant createdAt,
                             Instant updatedAt) {
    public static final int MAX_ACTIONS = 10;

    public AutomationRule {
        actions = List.copyOf(actions);
    }

    public static AutomationRule create(UUID workspaceId, NewAutomationRule n, Instant now) {
        return read(Ids.newId(), workspaceId, n, 0, now, now);
    }

    /** Replaces everything a client may set; id, workspace, version and creation stay. */
    public AutomationRule change(NewAutomationRule n, Instant now) {
        return read(id, workspaceId, n, version, createdAt, now);
    }

    /**
     * True when the rule should run for this event: it is enabled, the item is in its scope, the
     * trigger matches and the condition (if any) holds for the item as it is now.
     */
    public boolean firesOn(RuleTrigger event, WorkItem item, LocalDate today) {
        return enabled && appliesTo(item) && trigger.matches(event, item, today)
                && (condition == null || condition.matches(item, today));
    }

    /** Same workspace, and the rule's project unless it covers every project. */
    public boolean appliesTo(WorkItem item) {
        return workspaceId.equals(item.workspaceId()) && (projectId == null || projectId.equals(item.projectId()));
    }

    private static AutomationRule read(UUID id, UUID workspaceId, NewAutomationRule n, long version, Instant createdAt,
                                       Instant now) {
        Objects.requireNonNull(workspaceId, "workspaceId");
        String name = n.name() == null ? null : n.name().strip();
        Validation v = new Validation().text(name, "name", 1, 100);
        Trigger trigger = null;
        if (n.trigger() == null) {
            v.add(new FieldError("trigger", "REQUIRED", "is required, e.g. {\"type\": \"ITEM_CREATED\"}"));
        } else {
            trigger = Triggers.read(n.trigger(), "trigger", v);
        }
        FilterExpression condition = null;
        if (n.condition() != null && !n.condition().isBlank()) {
            try {
                condition = FilterExpression.parse(n.condition(), "condition");
            } catch (DomainException e) {
                v.addAll(e.errors());
            }
        }
        List<Action> actions = actions(n.actions(), v);
        v.orThrow();
        return new AutomationRule(id, workspaceId, n.projectId(), name, n.enabled() == null || n.enabled(), trigger,
                condition, actions, version, createdAt, now);
    }

    private static List<Action> actions(List<Map<String, Object>> raw, Validation v) {
        List<Action> actions = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            v.add(new FieldError("actions", "REQUIRED", "must have at least one action"));
            return actions;
        }
        v.require(raw.size() <= MAX_ACTIONS, "actions", "TOO_MANY", "must have at most " + MAX_ACTIONS + " actions");
        for (int i = 0; i < raw.size() && i < MAX_ACTIONS; i++) {
            if (raw.get(i) == null) {
                v.add(new FieldError("actions[" + i + "]", "REQUIRED", "must be an action, not null"));
            } else {
                actions.add(Actions.read(raw.get(i), "actions[" + i + "]", v));
            }
        }
        return actions;
    }
}
