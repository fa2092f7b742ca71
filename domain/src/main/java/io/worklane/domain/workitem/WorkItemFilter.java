package io.worklane.domain.workitem;

import java.time.Instant;
import java.util.UUID;

/** Filters of the work item list; null means any. {@code text} matches a part of the title. */
public record WorkItemFilter(UUID projectId, String status, UUID assigneeId, String label, UUID parentId,
                             Instant updatedSince, String text) {
    public static final WorkItemFilter ANY = new WorkItemFilter(null, null, null, null, null, null, null);

    public WorkItemFilter inProject(UUID project) {
        return new WorkItemFilter(project, status, assigneeId, label, parentId, updatedSince, text);
    }
}
