package io.worklane.api.graphql.automation;

import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.domain.automation.Action;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of an automation rule; trigger and actions in the JSON shapes REST uses. */
@Description("\"When X, if Y, then Z\": a trigger, an optional condition (a filter) and actions run in order.")
public class AutomationRule {
    @Ignore
    private final io.worklane.domain.automation.AutomationRule rule;

    public AutomationRule(io.worklane.domain.automation.AutomationRule rule) {
        this.rule = rule;
    }

    @Ignore
    public io.worklane.domain.automation.AutomationRule domain() {
        return rule;
    }

    @Id
    @NonNull
    @Description("The automation rule's id (a UUID).")
    public String getId() {
        return rule.id().toString();
    }

    @Id
    @Description("The project whose items the rule covers; null: every project of the workspace.")
    public String getProjectId() {
        return rule.projectId() == null ? null : rule.projectId().toString();
    }

    @NonNull
    @Description("The rule's display name, e.g. Thank on close.")
    public String getName() {
        return rule.name();
    }

    @Description("Whether the rule runs; a disabled rule is kept but ignored.")
    public boolean isEnabled() {
        return rule.enabled();
    }

    @NonNull
    @Description("When the rule runs, e.g. {\"type\": \"TRANSITIONED\", \"to\": \"done\"}; see the REST contract's "
            + "AutomationTrigger for every type.")
    public JsonObject getTrigger() {
        return JsonValues.toJson(rule.trigger().toJson());
    }

    @Description("A filter expression the item must match, e.g. priority = HIGH.")
    public String getCondition() {
        return rule.condition() == null ? null : rule.condition().text();
    }

    @NonNull
    @Description("What the rule does, in order, e.g. {\"type\": \"ADD_COMMENT\", \"text\": \"Closed\"}.")
    public List<@NonNull JsonObject> getActions() {
        return rule.actions().stream().map(Action::toJson).map(JsonValues::toJson).toList();
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) rule.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return rule.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return rule.updatedAt();
    }
}
