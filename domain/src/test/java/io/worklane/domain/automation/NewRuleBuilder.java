package io.worklane.domain.automation;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the request for a rule: "when an item is created, comment" unless a test says otherwise. */
final class NewRuleBuilder {
    private UUID projectId;
    private String name = "Welcome new items";
    private Boolean enabled;
    private Map<String, Object> trigger = json("type", "ITEM_CREATED");
    private String condition;
    private List<Map<String, Object>> actions = List.of(json("type", "ADD_COMMENT", "text", "Thanks, we are on it."));

    static NewRuleBuilder aNewRule() {
        return new NewRuleBuilder();
    }

    /** A JSON object as the API layer hands it over; unlike Map.of it keeps order and null values. */
    static Map<String, Object> json(Object... pairs) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            json.put((String) pairs[i], pairs[i + 1]);
        }
        return json;
    }

    NewRuleBuilder inProject(UUID value) {
        projectId = value;
        return this;
    }

    NewRuleBuilder named(String value) {
        name = value;
        return this;
    }

    NewRuleBuilder enabled(Boolean value) {
        enabled = value;
        return this;
    }

    NewRuleBuilder when(Map<String, Object> value) {
        trigger = value;
        return this;
    }

    NewRuleBuilder onlyIf(String value) {
        condition = value;
        return this;
    }

    @SafeVarargs
    final NewRuleBuilder then(Map<String, Object>... values) {
        actions = Arrays.asList(values);
        return this;
    }

    NewRuleBuilder then(List<Map<String, Object>> values) {
        actions = values;
        return this;
    }

    NewAutomationRule build() {
        return new NewAutomationRule(projectId, name, enabled, trigger, condition, actions);
    }

    AutomationRule create() {
        return AutomationRule.create(WORKSPACE_ID, build(), NOW);
    }
}
