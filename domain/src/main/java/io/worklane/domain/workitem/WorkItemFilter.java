package io.worklane.domain.workitem;

import java.time.Instant;
import java.util.UUID;

/** Filters of the work item list; null means any. {@code text} matches a part of the title. */
public record WorkItemFilter(UUID projectId, String status, UUID assigneeId, String label, UUID parentId,
                             Instant updatedSince, String text, WorkItemType type) {
    public static final WorkItemFilter ANY = new WorkItemFilter(null, null, null, null, null, null, null, null);

    public WorkItemFilter(UUID projectId, String status, UUID assigneeId, String label, UUID parentId,
                          Instant updatedSince, String text) {
        this(projectId, status, assigneeId, label, parentId, updatedSince, text, null);
    }

    public WorkItemFilter inProject(UUID project) {
        return new WorkItemFilter(project, status, assigneeId, label, parentId, updatedSince, text, type);
    }

    /** The same filter narrowed to items of a type (MILESTONE…); null: any type. */
    public WorkItemFilter ofType(WorkItemType wanted) {
        return new WorkItemFilter(projectId, status, assigneeId, label, parentId, updatedSince, text, wanted);
    }
}
