package io.worklane.persistence.automation;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.NewAutomationRule;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.time.Instant;
import java.util.UUID;

/**
 * Rule ↔ entity and row → rule. Trigger and actions are stored in their JSON shapes and read back
 * through the domain's own reader (AutomationRule.create), the one place that turns JSON into them.
 */
final class AutomationRuleMapping {
    static final String COLUMNS = "id, workspace_id, project_id, name, enabled, trigger::text AS trigger, condition,"
            + " actions::text AS actions, version, created_at, updated_at";

    private AutomationRuleMapping() {
    }

    static AutomationRule fromRow(Row r) {
        return read(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"), r.getString("name"),
                r.getBoolean("enabled"), r.getString("trigger"), r.getString("condition"), r.getString("actions"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static AutomationRule fromEntity(AutomationRuleEntity e) {
        return read(e.id, e.workspaceId, e.projectId, e.name, e.enabled, e.trigger, e.condition, e.actions, e.version,
                e.createdAt, e.updatedAt);
    }

    static AutomationRuleEntity copy(AutomationRule rule, Instant nextRunAt, AutomationRuleEntity e) {
        e.id = rule.id();
        e.workspaceId = rule.workspaceId();
        e.projectId = rule.projectId();
        e.name = rule.name();
        e.enabled = rule.enabled();
        e.trigger = Json.write(rule.trigger().toJson());
        e.condition = rule.condition() == null ? null : rule.condition().text();
        e.actions = Json.write(rule.actions().stream().map(Action::toJson).toList());
        e.nextRunAt = nextRunAt;
        e.createdAt = rule.createdAt();
        e.updatedAt = rule.updatedAt();
        return e;
    }

    private static AutomationRule read(UUID id, UUID workspaceId, UUID projectId, String name, boolean enabled,
                                       String trigger, String condition, String actions, long version,
                                       Instant createdAt, Instant updatedAt) {
        AutomationRule parsed = AutomationRule.create(workspaceId, new NewAutomationRule(projectId, name, enabled,
                Json.map(trigger), condition, Json.objects(actions)), createdAt);
        return new AutomationRule(id, workspaceId, projectId, parsed.name(), parsed.enabled(), parsed.trigger(),
                parsed.condition(), parsed.actions(), version, createdAt, updatedAt);
    }
}
