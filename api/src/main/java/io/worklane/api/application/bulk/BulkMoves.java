package io.worklane.api.application.bulk;

import io.worklane.api.application.workitem.WorkItemMoves;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a bulk {@code move} operation: {@code {"project": "OPS", "statusMapping": {"in_review": "todo"}}}. */
final class BulkMoves {
    static final String FORM = "must be {\"project\": \"OPS\"}, with an optional \"statusMapping\" of state keys to "
            + "states of the target project (e.g. {\"in_review\": \"todo\"})";

    private BulkMoves() {
    }

    /** The move, or null when the value does not have the form. */
    static WorkItemMoves.Request read(Object value) {
        if (!(value instanceof Map<?, ?> move) || !(move.get("project") instanceof String project)
                || project.isBlank() || !Map.of("project", 0, "statusMapping", 0).keySet().containsAll(move.keySet())) {
            return null;
        }
        Object raw = move.get("statusMapping");
        if (raw == null) {
            return new WorkItemMoves.Request(project, Map.of(), null);
        }
        if (!(raw instanceof Map<?, ?> entries)) {
            return null;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (var e : entries.entrySet()) {
            if (!(e.getKey() instanceof String from) || !(e.getValue() instanceof String to) || to.isBlank()) {
                return null;
            }
            mapping.put(from, to);
        }
        return new WorkItemMoves.Request(project, mapping, null);
    }
}
