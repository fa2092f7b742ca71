package io.worklane.api.application.automation;

import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** What automation rule events carry: the rule as the REST API shows it. */
final class RuleData {
    private RuleData() {
    }

    static Map<String, Object> of(AutomationRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("projectId", r.projectId() == null ? null : r.projectId().toString());
        m.put("name", r.name());
        m.put("enabled", r.enabled());
        m.put("trigger", r.trigger().toJson());
        m.put("condition", r.condition() == null ? null : r.condition().text());
        m.put("actions", r.actions().stream().map(Action::toJson).toList());
        m.put("version", r.version());
        return m;
    }
}
