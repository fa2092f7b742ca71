package io.worklane.api.application.bulk;

import io.worklane.api.application.workitem.WorkItemPatch;
import java.util.List;

/**
 * What a bulk change does to each of its items, read from its operations: fields set as a PATCH of the item
 * sets them, labels added and removed, a move through the workflow, or a deletion. Applied in that order
 * (the fields and labels as one change, then the move), each through the use case that does it to one item.
 */
public record BulkOperation(WorkItemPatch set, List<String> addLabels, List<String> removeLabels, String transition,
                            boolean delete) {
    public boolean changesLabels() {
        return !addLabels.isEmpty() || !removeLabels.isEmpty();
    }
}
