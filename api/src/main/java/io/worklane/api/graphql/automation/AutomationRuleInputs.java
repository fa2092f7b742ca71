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
        public String workspace;
        @Description("The project (key or id) whose items the rule covers; null: every project.")
        public String project;
        @NonNull
        public String name;
        @Description("Default true.")
        public Boolean enabled;
        @NonNull
        public JsonObject trigger;
        @Description("A filter expression, e.g. priority = HIGH AND type = BUG.")
        public String condition;
        @NonNull
        public List<@NonNull JsonObject> actions;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateAutomationRuleInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied. Trigger and actions are "
            + "replaced whole.")
    public static class Update {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public String project;
        public String name;
        public Boolean enabled;
        public JsonObject trigger;
        public String condition;
        public List<@NonNull JsonObject> actions;
        public List<AutomationTypes.@NonNull Field> clear;
    }

    @Input("DeleteAutomationRuleInput")
    public static class Delete {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }
}
