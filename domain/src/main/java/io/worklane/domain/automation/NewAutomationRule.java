package io.worklane.domain.automation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a client sends to create or replace a rule. Trigger and actions arrive in their JSON shapes
 * (maps) so that every problem, down to {@code actions[1].text}, is reported at once.
 *
 * @param projectId null: every project of the workspace
 * @param enabled   null: enabled
 * @param condition a filter expression, null or blank for none
 */
public record NewAutomationRule(UUID projectId, String name, Boolean enabled, Map<String, Object> trigger,
                                String condition, List<Map<String, Object>> actions) {
}
