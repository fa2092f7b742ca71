package io.worklane.api.application.automation;

import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.Trigger;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;

/**
 * Policy: a SCHEDULE rule with a condition acts on the items matching it; without one it runs once per
 * schedule on no item, so only actions that need none fit: CREATE_WORK_ITEM in a named project (or
 * the rule's) and EMIT_EVENT. ("Every Monday, create the weekly review item.")
 */
final class ItemlessSchedules {
    private ItemlessSchedules() {
    }

    static boolean isItemless(AutomationRule rule) {
        return rule.trigger() instanceof Trigger.Schedule && rule.condition() == null;
    }

    static void check(AutomationRule rule, Validation v) {
        if (!isItemless(rule)) {
            return;
        }
        for (int i = 0; i < rule.actions().size(); i++) {
            Action action = rule.actions().get(i);
            String path = "actions[" + i + "]";
            if (action instanceof Action.CreateWorkItem create) {
                v.require(!create.asChild(), path + ".asChild", "NEEDS_WORK_ITEM", "a SCHEDULE rule without a "
                        + "condition runs on no item, so there is no parent; give the rule a condition or drop asChild");
                v.require(create.projectKey() != null || rule.projectId() != null, path + ".projectKey", "REQUIRED",
                        "is required: a SCHEDULE rule without a condition has no item whose project to use; name a"
                                + " project here or give the rule one");
            } else if (!(action instanceof Action.EmitEvent)) {
                v.add(new FieldError(path + ".type", "NEEDS_WORK_ITEM", action.kind() + " acts on a work item, but a"
                        + " SCHEDULE rule without a condition runs on none; add a condition to act on the items"
                        + " matching it"));
            }
        }
    }
}
