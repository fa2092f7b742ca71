package io.worklane.domain.automation;

import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.team.AssignStrategy;
import io.worklane.domain.workitem.WorkItemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads an action from its JSON shape, reporting every problem under {@code path}. */
final class Actions {
    static final int MAX_ASSIGNEES = 20;
    static final int MAX_COMMENT = 10_000;
    static final int MAX_EVENT_DATA = 50;
    static final int MAX_EVENT_NAME = 80;
    private static final Pattern EVENT_NAME = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$");

    private Actions() {
    }

    static Action read(Map<String, ?> map, String path, Validation v) {
        JsonObject json = new JsonObject(map, path, v);
        String kind = json.kind("an action", Action.KINDS);
        if (kind == null) {
            return null;
        }
        int before = v.errors().size();
        Action action = switch (kind) {
            case "SET_FIELD" -> setField(json, v);
            case "ASSIGN" -> assign(json, v);
            case "TRANSITION" -> {
                json.only(kind, "type", "to");
                yield new Action.Transition(json.text("to", 1, 50));
            }
            case "ADD_COMMENT" -> {
                json.only(kind, "type", "text");
                yield new Action.AddComment(json.text("text", 1, MAX_COMMENT));
            }
            case "CREATE_WORK_ITEM" -> createWorkItem(json, v);
            default -> emitEvent(json, v);
        };
        return v.errors().size() == before ? action : null;
    }

    private static Action setField(JsonObject json, Validation v) {
        json.only("SET_FIELD", "type", "field", "value");
        String field = json.text("field", 1, 100);
        if (field != null && !SettableFields.isSettable(field)) {
            v.add(new FieldError(json.path("field"), "UNKNOWN_FIELD", "'" + field + "' cannot be set by automation; use one of "
                    + String.join(", ", SettableFields.BUILT_IN) + ", " + FilterFields.CUSTOM_PREFIX + "<key>"));
            return null;
        }
        if (!json.has("value")) {
            v.add(new FieldError(json.path("value"), "REQUIRED", "is required; null clears the field where it may be empty"));
            return null;
        }
        return field == null ? null
                : new Action.SetField(field, SettableFields.value(field, json.raw("value"), json.path("value"), v));
    }

    private static Action assign(JsonObject json, Validation v) {
        if (json.has("team")) {
            return assignTeam(json, v);
        }
        json.only("ASSIGN", "type", "memberIds", "replace");
        boolean replace = json.bool("replace", false);
        if (!(json.raw("memberIds") instanceof List<?> raw) || raw.size() > MAX_ASSIGNEES) {
            v.add(new FieldError(json.path("memberIds"), "INVALID_VALUE",
                    "must be a list of at most " + MAX_ASSIGNEES + " member ids"));
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            UUID id = raw.get(i) instanceof String s ? Ids.parseOrNull(s) : null;
            v.require(id != null, json.path("memberIds") + "[" + i + "]", "INVALID_VALUE", "must be a member id (a UUID)");
            ids.add(id);
        }
        v.require(!ids.isEmpty() || replace, json.path("memberIds"), "TOO_FEW",
                "must name at least one member; to unassign everyone send [] with \"replace\": true");
        v.require(new HashSet<>(ids).size() == ids.size(), json.path("memberIds"), "DUPLICATE", "must not repeat a member");
        return ids.contains(null) ? null : new Action.Assign(ids, replace);
    }

    /** ASSIGN to a team: whether the team is the workspace's is checked when the rule is saved. */
    private static Action assignTeam(JsonObject json, Validation v) {
        json.only("ASSIGN", "type", "team", "strategy");
        UUID team = json.raw("team") instanceof String s ? Ids.parseOrNull(s) : null;
        v.require(team != null, json.path("team"), "INVALID_VALUE", "must be a team id (a UUID)");
        Object raw = json.raw("strategy");
        AssignStrategy strategy = Arrays.stream(AssignStrategy.values()).filter(s -> s.name().equals(raw))
                .findFirst().orElse(null);
        v.require(strategy != null, json.path("strategy"), raw == null ? "REQUIRED" : "INVALID_VALUE",
                "must be ROUND_ROBIN (each member in turn, in join order) or LEAST_LOADED (the member with the"
                        + " fewest assigned minutes)");
        return team == null || strategy == null ? null : new Action.AssignTeam(team, strategy);
    }

    private static Action createWorkItem(JsonObject json, Validation v) {
        json.only("CREATE_WORK_ITEM", "type", "title", "itemType", "projectKey", "asChild");
        String title = json.text("title", 1, 500);
        Object rawType = json.raw("itemType");
        WorkItemType type = Arrays.stream(WorkItemType.values()).filter(t -> t.name().equals(rawType)).findFirst()
                .orElse(rawType == null ? WorkItemType.TASK : null);
        v.require(type != null, json.path("itemType"), "INVALID_VALUE",
                "must be one of " + Arrays.toString(WorkItemType.values()));
        String projectKey = json.text("projectKey", 0, 10);
        v.matches(projectKey, Project.KEY, json.path("projectKey"),
                "must be a project key such as ENG, or absent for the item's own project");
        return new Action.CreateWorkItem(title, type, projectKey, json.bool("asChild", false));
    }

    private static Action emitEvent(JsonObject json, Validation v) {
        json.only("EMIT_EVENT", "type", "name", "data");
        String name = json.text("name", 1, MAX_EVENT_NAME);
        v.matches(name, EVENT_NAME, json.path("name"),
                "must be lower_snake_case words separated by dots, e.g. invoice.overdue");
        Object data = json.raw("data");
        if (data != null && !(data instanceof Map<?, ?>)) {
            v.add(new FieldError(json.path("data"), "INVALID_TYPE", "must be a JSON object"));
            return null;
        }
        v.require(data == null || ((Map<?, ?>) data).size() <= MAX_EVENT_DATA, json.path("data"), "TOO_MANY",
                "must have at most " + MAX_EVENT_DATA + " entries");
        @SuppressWarnings("unchecked")
        Map<String, Object> entries = (Map<String, Object>) data;
        return new Action.EmitEvent(name, entries);
    }
}
