package io.worklane.api.application.automation;

import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.Trigger;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;

/**
 * Policy: a SCHEDULE rule with a condition acts on the items matching it; without one it runs once per
 * schedule on no item, so only actions that need none fit: CREATE_WORK_ITEM in a named project (or
 * the rule's) and EMIT_EVENT. ("Every Monday, create the weekly review item.") A RISK_EXPOSURE_REACHED
 * rule fires on a risk, never on an item: the same actions fit, and a condition (a filter of items) cannot.
 */
final class ItemlessSchedules {
    private ItemlessSchedules() {
    }

    /** A rule that runs on no item: a SCHEDULE rule without a condition, or any RISK_EXPOSURE_REACHED rule. */
    static boolean isItemless(AutomationRule rule) {
        return rule.trigger() instanceof Trigger.Schedule && rule.condition() == null || onRisks(rule);
    }

    private static boolean onRisks(AutomationRule rule) {
        return rule.trigger() instanceof Trigger.RiskExposureReached;
    }

    static void check(AutomationRule rule, Validation v) {
        boolean onRisks = onRisks(rule);
        v.require(!onRisks || rule.condition() == null, "condition", "NOT_ALLOWED", "a RISK_EXPOSURE_REACHED rule"
                + " fires on a risk, not on work items, so a condition (a filter of items) cannot apply; remove it");
        if (!isItemless(rule)) {
            return;
        }
        for (int i = 0; i < rule.actions().size(); i++) {
            Action action = rule.actions().get(i);
            String path = "actions[" + i + "]";
            if (action instanceof Action.CreateWorkItem create) {
                v.require(!create.asChild(), path + ".asChild", "NEEDS_WORK_ITEM", "a " + rule.trigger().kind()
                        + " rule without a condition runs on no item, so there is no parent; drop asChild");
                v.require(create.projectKey() != null || rule.projectId() != null, path + ".projectKey", "REQUIRED",
                        "is required: a " + rule.trigger().kind() + " rule without an item has no item whose project"
                                + " to use; name a project here or give the rule one");
            } else if (!(action instanceof Action.EmitEvent)) {
                v.add(new FieldError(path + ".type", "NEEDS_WORK_ITEM", action.kind() + " acts on a work item, but a"
                        + (onRisks ? " RISK_EXPOSURE_REACHED rule runs on none; use CREATE_WORK_ITEM or EMIT_EVENT"
                        : " SCHEDULE rule without a condition runs on none; add a condition to act on the items"
                        + " matching it")));
            }
        }
    }
}
