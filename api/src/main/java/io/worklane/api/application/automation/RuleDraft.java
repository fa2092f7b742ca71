package io.worklane.api.application.automation;

import java.util.List;
import java.util.Map;

/**
 * A rule as a client writes it, complete (an update is merged with the current rule first).
 * {@code project} is a project's id or key, null for every project; trigger and actions are in
 * their JSON shapes, so the domain reports every problem at its path.
 */
public record RuleDraft(String project, String name, Boolean enabled, Map<String, Object> trigger, String condition,
                        List<Map<String, Object>> actions) {
}
