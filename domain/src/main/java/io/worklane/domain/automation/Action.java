package io.worklane.domain.automation;

import io.worklane.domain.team.AssignStrategy;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The "then" of a rule: one thing to do to (or because of) the work item the rule fired on. */
public sealed interface Action {
    List<String> KINDS = List.of("SET_FIELD", "ASSIGN", "TRANSITION", "ADD_COMMENT", "CREATE_WORK_ITEM", "EMIT_EVENT");

    /** The JSON {@code type}. */
    String kind();

    /** The JSON shape, e.g. {@code {"type":"TRANSITION","to":"done"}}. */
    Map<String, Object> toJson();

    private static Map<String, Object> json(String kind, Object... pairs) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", kind);
        for (int i = 0; i < pairs.length; i += 2) {
            json.put((String) pairs[i], pairs[i + 1]);
        }
        return json;
    }

    /**
     * Sets one field. {@code value} is typed for built-in fields (String, Priority, LocalDate, Long,
     * List of labels; null clears) and raw JSON for a custom field, checked against the project's
     * definition when the action runs.
     */
    record SetField(String field, Object value) implements Action {
        public String kind() {
            return "SET_FIELD";
        }

        public Map<String, Object> toJson() {
            Object json = value instanceof Enum<?> e ? e.name() : value instanceof LocalDate d ? d.toString() : value;
            return json(kind(), "field", field, "value", json);
        }
    }

    /** Adds the members to the assignees, or with {@code replace} makes them the only ones (none: unassign). */
    record Assign(List<UUID> memberIds, boolean replace) implements Action {
        public Assign {
            memberIds = List.copyOf(memberIds);
        }

        public String kind() {
            return "ASSIGN";
        }

        public Map<String, Object> toJson() {
            return json(kind(), "memberIds", memberIds.stream().map(UUID::toString).toList(), "replace", replace);
        }
    }

    /**
     * Assigns the item to one member of the team, picked by {@code strategy}, and makes the team responsible
     * for it ({@code {"type":"ASSIGN","team":"<id>","strategy":"ROUND_ROBIN"}}): the member joins the assignees.
     */
    record AssignTeam(UUID teamId, AssignStrategy strategy) implements Action {
        public String kind() {
            return "ASSIGN";
        }

        public Map<String, Object> toJson() {
            return json(kind(), "team", teamId.toString(), "strategy", strategy.name());
        }
    }

    /** Moves the item to state {@code to}, through an allowed transition whose guards pass. */
    record Transition(String to) implements Action {
        public String kind() {
            return "TRANSITION";
        }

        public Map<String, Object> toJson() {
            return json(kind(), "to", to);
        }
    }

    record AddComment(String text) implements Action {
        public String kind() {
            return "ADD_COMMENT";
        }

        public Map<String, Object> toJson() {
            return json(kind(), "text", text);
        }
    }

    /** In project {@code projectKey} (null: the item's own), as a child of the item if {@code asChild}. */
    record CreateWorkItem(String title, WorkItemType type, String projectKey, boolean asChild) implements Action {
        public String kind() {
            return "CREATE_WORK_ITEM";
        }

        public Map<String, Object> toJson() {
            return json(kind(), "title", title, "itemType", type.name(), "projectKey", projectKey, "asChild", asChild);
        }
    }

    /** An event for webhooks and integrations; its name always starts with "custom.", never clashing with ours. */
    record EmitEvent(String name, Map<String, Object> data) implements Action {
        public static final String PREFIX = "custom.";

        public EmitEvent {
            name = name == null || name.startsWith(PREFIX) ? name : PREFIX + name;
            // JSON data may hold nulls, which Map.copyOf refuses
            data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        }

        public String kind() {
            return "EMIT_EVENT";
        }

        public Map<String, Object> toJson() {
            return json(kind(), "name", name, "data", data);
        }
    }
}
