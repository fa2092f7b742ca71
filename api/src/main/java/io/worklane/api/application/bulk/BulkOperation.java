package io.worklane.api.application.bulk;

import io.worklane.api.application.workitem.WorkItemMoves;
import io.worklane.api.application.workitem.WorkItemPatch;
import java.util.List;

/**
 * What a bulk change does to each of its items, read from its operations: fields set as a PATCH of the item
 * sets them, labels added and removed, a move through the workflow, a move to another project (ADR 0082), or
 * a deletion. Applied in that order (the fields and labels as one change, then the transition, then the move
 * to the project), each through the use case that does it to one item.
 */
public record BulkOperation(WorkItemPatch set, List<String> addLabels, List<String> removeLabels, String transition,
                            boolean delete, WorkItemMoves.Request move) {
    public boolean changesLabels() {
        return !addLabels.isEmpty() || !removeLabels.isEmpty();
    }
}
