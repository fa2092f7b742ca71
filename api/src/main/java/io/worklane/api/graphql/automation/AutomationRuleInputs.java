package io.worklane.api.graphql.automation;

import jakarta.json.JsonObject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the automation rule mutations. */
final class AutomationRuleInputs {
    private AutomationRuleInputs() {
    }

    @Input("CreateAutomationRuleInput")
    @Description("A rule: trigger and actions in their JSON shapes, e.g. trigger {\"type\": \"TRANSITIONED\", "
            + "\"to\": \"done\"}, actions [{\"type\": \"ADD_COMMENT\", \"text\": \"Closed\"}].")
    public static class Create {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @Description("The project (key or id) whose items the rule covers; null: every project.")
        public String project;
        @NonNull
        @Description("The rule's display name, e.g. Thank on close.")
        public String name;
        @Description("Default true.")
        public Boolean enabled;
        @NonNull
        @Description("When the rule runs, a JSON object with a type, e.g. {\"type\": \"TRANSITIONED\", \"to\": \"done\"}; see "
                + "the REST contract's AutomationTrigger.")
        public JsonObject trigger;
        @Description("A filter expression, e.g. priority = HIGH AND type = BUG.")
        public String condition;
        @NonNull
        @Description("What the rule does, in order, each a JSON object with a type, e.g. {\"type\": \"ADD_COMMENT\", "
                + "\"text\": \"Closed\"}; see the REST contract's AutomationAction.")
        public List<@NonNull JsonObject> actions;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateAutomationRuleInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied. Trigger and actions are "
            + "replaced whole.")
    public static class Update {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The automation rule's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the automation rule changed since, the error "
                + "CONFLICT.")
        public Integer expectedVersion;
        @Description("The project (key or id) whose items it covers now; null: unchanged.")
        public String project;
        @Description("The new name; null: unchanged.")
        public String name;
        @Description("false stops the rule without deleting it, true starts it again; null: unchanged.")
        public Boolean enabled;
        @Description("The new trigger; null: unchanged.")
        public JsonObject trigger;
        @Description("The new filter expression the item must match; null: unchanged.")
        public String condition;
        @Description("The actions, replacing the whole list; null: unchanged.")
        public List<@NonNull JsonObject> actions;
        @Description("Optional fields to remove: CONDITION (match every item), PROJECT (cover every project).")
        public List<AutomationTypes.@NonNull Field> clear;
    }

    @Input("DeleteAutomationRuleInput")
    @Description("Deletes an automation rule.")
    public static class Delete {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The automation rule's id.")
        public String id;
        @Description("Optional: act only if the automation rule is still at this version (its version field), else "
                + "the error CONFLICT.")
        public Integer expectedVersion;
    }
}
