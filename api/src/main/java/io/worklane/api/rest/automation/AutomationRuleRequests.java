package io.worklane.api.rest.automation;

import io.worklane.api.application.automation.RuleDraft;
import io.worklane.api.application.automation.RulePatch;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.openapi.model.AutomationRuleCreate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** REST bodies → rule drafts and patches. Trigger and actions pass as JSON objects: the domain reads them. */
final class AutomationRuleRequests {
    static final Set<String> PATCHABLE = Set.of("project", "name", "enabled", "trigger", "condition", "actions");

    private AutomationRuleRequests() {
    }

    @SuppressWarnings("unchecked")
    static RuleDraft draft(AutomationRuleCreate b) {
        List<Map<String, Object>> actions = b.getActions() == null ? null
                : b.getActions().stream().map(a -> (Map<String, Object>) a).toList();
        return new RuleDraft(b.getProject(), b.getName(), b.getEnabled(), (Map<String, Object>) b.getTrigger(),
                b.getCondition(), actions);
    }

    static RulePatch patch(Map<?, ?> body) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        RulePatch patch = new RulePatch(p.text("project"), p.text("name"), p.bool("enabled"), p.object("trigger"),
                p.text("condition"), p.objects("actions"));
        p.check();
        return patch;
    }
}
