package io.worklane.domain.workflow;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A revised workflow and the moves the application applies to work items in the same transaction,
 * so that no item is ever left in a state its workflow lacks (an invariant of the domain).
 *
 * @param workflow the revised workflow, same id and version (persistence bumps the version)
 * @param moves    old state → new state for each mapping entry that changes anything
 */
public record WorkflowRevision(Workflow workflow, StateMapping moves) {

    static WorkflowRevision of(Workflow current, WorkflowDefinition next, StateMapping mapping,
                               Map<String, Long> itemsPerState, Instant now) {
        StateMapping given = mapping == null ? StateMapping.none() : mapping;
        Map<String, Long> counts = itemsPerState == null ? Map.of() : new TreeMap<>(itemsPerState);
        Validation v = WorkflowRules.validation(next);
        Set<String> newKeys = next.states().stream().filter(Objects::nonNull).map(WorkflowState::key)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> moves = new LinkedHashMap<>();
        given.moves().forEach((from, to) -> {
            String field = "stateMapping." + from;
            if (!current.hasState(from) && counts.getOrDefault(from, 0L) == 0) {
                v.add(new FieldError(field, "UNKNOWN_STATE", "'" + from + "' is not a state of the current workflow"));
            } else if (to == null || to.isBlank()) {
                v.add(new FieldError(field, "REQUIRED",
                        "name the state of the new workflow for items in '" + from + "'"));
            } else if (!newKeys.contains(to)) {
                v.add(new FieldError(field, "UNKNOWN_STATE", "'" + to + "' is not a state of the new workflow"));
            } else if (!from.equals(to)) {
                moves.put(from, to);
            }
        });
        counts.forEach((state, count) -> {
            if (count != null && count > 0 && !newKeys.contains(state) && !given.moves().containsKey(state)) {
                v.add(new FieldError("stateMapping." + state, "MAPPING_REQUIRED", items(count) + " in '" + state
                        + "', which " + (current.hasState(state) ? "this change removes" : "the new workflow lacks")
                        + "; map '" + state + "' to a state of the new workflow"));
            }
        });
        v.orThrow();
        Workflow revised = new Workflow(current.id(), current.workspaceId(), next.name(), next.description(),
                next.states(), next.initialState(), next.transitions(), current.version(), current.createdAt(), now);
        return new WorkflowRevision(revised, StateMapping.of(moves));
    }

    private static String items(long count) {
        return count == 1 ? "1 work item is" : count + " work items are";
    }
}
