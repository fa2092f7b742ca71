package io.worklane.domain.workflow;

import io.worklane.domain.planning.DependencyType;

/**
 * A predecessor of the item about to move, as PREDECESSORS_DONE sees it: its key (to name it in a
 * refusal), the type of the dependency and the category of the state it is in.
 */
public record PredecessorState(String key, DependencyType type, StateCategory category) {

    /**
     * Whether this predecessor lets the item make a move towards {@code target}: FS waits for the
     * predecessor to finish and SS for it to start, whatever the move; FF and SF hold back only the
     * item's finish (a move into a DONE state), waiting for the predecessor to finish or to start.
     * Finished means DONE or CANCELLED, started anything but TODO.
     */
    public boolean allows(StateCategory target) {
        boolean finishing = target == StateCategory.DONE;
        return switch (type) {
            case FS -> category.isFinished();
            case SS -> started();
            case FF -> !finishing || category.isFinished();
            case SF -> !finishing || started();
        };
    }

    /** What the item waits for, as a refusal says it: "ENG-3 to finish (FS)". */
    String awaited() {
        return key + " to " + (type.fromFinish() ? "finish" : "start") + " (" + type + ")";
    }

    private boolean started() {
        return category != StateCategory.TODO;
    }
}
