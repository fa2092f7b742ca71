package io.worklane.persistence.workflow;

import io.worklane.domain.workflow.Guard;
import io.worklane.domain.workflow.RequiredFieldsGuard;
import io.worklane.domain.workflow.RolesGuard;
import io.worklane.domain.workflow.TeamGuard;
import io.worklane.domain.workflow.ConditionGuard;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.Transition;
import io.worklane.domain.workflow.WorkflowState;
import io.worklane.persistence.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored form of a workflow's definition, spelled out field by field:
 * {@code {"initialState","states":[{"key","name","category"}],"transitions":[{"from","to","name",
 * "guards":[{"type",…}]}]}}. V5 writes the default workflow in this shape too.
 */
final class WorkflowJson {
    private WorkflowJson() {
    }

    record Stored(String initialState, List<WorkflowState> states, List<Transition> transitions) {
    }

    static String write(String initialState, List<WorkflowState> states, List<Transition> transitions) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("initialState", initialState);
        doc.put("states", states.stream().map(s -> Map.of("key", s.key(), "name", s.name(),
                "category", s.category().name())).toList());
        doc.put("transitions", transitions.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", t.from());
            m.put("to", t.to());
            m.put("name", t.name());
            m.put("guards", t.guards().stream().map(WorkflowJson::guard).toList());
            return m;
        }).toList());
        return Json.write(doc);
    }

    @SuppressWarnings("unchecked")
    static Stored read(String json) {
        Map<String, Object> doc = Json.map(json);
        List<WorkflowState> states = ((List<Map<String, Object>>) doc.get("states")).stream()
                .map(s -> new WorkflowState((String) s.get("key"), (String) s.get("name"),
                        StateCategory.valueOf((String) s.get("category")))).toList();
        List<Transition> transitions = ((List<Map<String, Object>>) doc.get("transitions")).stream()
                .map(t -> new Transition((String) t.get("from"), (String) t.get("to"), (String) t.get("name"),
                        ((List<Map<String, Object>>) t.get("guards")).stream().map(WorkflowJson::guard).toList()))
                .toList();
        return new Stored((String) doc.get("initialState"), states, transitions);
    }

    private static Map<String, Object> guard(Guard g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", g.type().name());
        if (g instanceof RequiredFieldsGuard r) {
            m.put("fields", r.fields());
        } else if (g instanceof RolesGuard r) {
            m.put("roles", r.roles());
        } else if (g instanceof TeamGuard t) {
            m.put("teams", t.teams().stream().map(UUID::toString).toList());
        } else if (g instanceof ConditionGuard c) {
            m.put("filter", c.filter());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Guard guard(Map<String, Object> m) {
        return switch ((String) m.get("type")) {
            case "REQUIRED_FIELDS" -> new RequiredFieldsGuard((List<String>) m.get("fields"));
            case "ROLES" -> new RolesGuard((List<String>) m.get("roles"));
            case "TEAM" -> new TeamGuard(((List<String>) m.get("teams")).stream().map(UUID::fromString).toList());
            case "APPROVAL" -> Guard.approval();
            case "CHILDREN_DONE" -> Guard.childrenDone();
            case "PREDECESSORS_DONE" -> Guard.predecessorsDone();
            case "CONDITION" -> new ConditionGuard((String) m.get("filter"));
            default -> throw new IllegalStateException("stored guard of unknown type " + m.get("type"));
        };
    }
}
