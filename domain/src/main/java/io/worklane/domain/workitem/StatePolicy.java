package io.worklane.domain.workitem;

import java.util.List;

/**
 * What a work item needs to know of its workflow: where it starts, which states exist, and which of
 * them mean the work is done (so that {@code completedAt} is kept). A workflow is one.
 */
public interface StatePolicy {
    String initialState();

    List<String> stateKeys();

    boolean isDoneState(String state);

    default boolean hasState(String state) {
        return stateKeys().contains(state);
    }
}
