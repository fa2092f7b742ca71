package io.worklane.api.application.workflow;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.WorkItemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where items go when their type moves to another workflow: same state if it has it, else the mapping. */
final class StateMoves {
    private StateMoves() {
    }

    static Map<String, String> needed(List<WorkItemType> types, Workflow to, Map<String, Long> counts,
                                      Map<String, String> mapping, List<FieldError> errors) {
        Map<String, String> moves = new LinkedHashMap<>();
        counts.forEach((state, count) -> {
            if (count == 0 || (to.hasState(state) && !mapping.containsKey(state))) {
                return;
            }
            String target = mapping.get(state);
            if (target == null) {
                errors.add(new FieldError("stateMapping." + state, "MAPPING_REQUIRED", count + " item(s) of type "
                        + types.stream().map(Enum::name).collect(java.util.stream.Collectors.joining("/"))
                        + " are in '" + state + "', which workflow '" + to.name() + "' lacks; map '" + state
                        + "' to one of " + String.join(", ", to.stateKeys().stream().sorted().toList())));
            } else if (!to.hasState(target)) {
                errors.add(new FieldError("stateMapping." + state, "UNKNOWN_STATE", "'" + target
                        + "' is not a state of workflow '" + to.name() + "'"));
            } else if (!target.equals(state)) {
                moves.put(state, target);
            }
        });
        return moves;
    }
}
