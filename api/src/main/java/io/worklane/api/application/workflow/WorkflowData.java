package io.worklane.api.application.workflow;

import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.StateMapping;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What workflow events carry: the shape of the workflow, not its guards' internals. */
final class WorkflowData {
    private WorkflowData() {
    }

    static Map<String, Object> of(Workflow w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id().toString());
        m.put("name", w.name());
        m.put("initialState", w.initialState());
        m.put("states", w.states().stream().map(WorkflowState::key).toList());
        m.put("transitions", w.transitions().size());
        m.put("version", w.version());
        return m;
    }

    static Map<String, Object> withMoves(Workflow w, StateMapping moves, Map<String, Long> counts) {
        Map<String, Object> m = of(w);
        Map<String, Object> moved = new LinkedHashMap<>();
        moves.moves().forEach((from, to) -> moved.put(from, Map.of("to", to, "items", counts.getOrDefault(from, 0L))));
        m.put("movedItems", moved);
        return m;
    }

    static List<String> doneStates(Workflow w) {
        return w.states().stream().filter(s -> s.category() == StateCategory.DONE).map(WorkflowState::key).toList();
    }
}
