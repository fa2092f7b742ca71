package io.worklane.domain.workitem;

import io.worklane.domain.filter.FilterExpression;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the work item list; null means any. {@code text} matches a part of the title.
 * {@code where} is a filter expression (ADR 0050) ANDed with the rest; {@code me} is the member
 * that {@code me} in it stands for (null for an API key: {@code me} then matches nobody). {@code hiddenProjects}
 * are the PRIVATE projects the caller is no member of (ADR 0084): their items are left out, as if missing.
 */
public record WorkItemFilter(UUID projectId, String status, UUID assigneeId, String label, UUID parentId,
                             Instant updatedSince, String text, WorkItemType type, FilterExpression where, UUID me,
                             Set<UUID> hiddenProjects) {
    public static final WorkItemFilter ANY = new WorkItemFilter(null, null, null, null, null, null, null, null);

    public WorkItemFilter {
        hiddenProjects = hiddenProjects == null ? Set.of() : Set.copyOf(hiddenProjects);
    }

    public WorkItemFilter(UUID projectId, String status, UUID assigneeId, String label, UUID parentId,
                          Instant updatedSince, String text, WorkItemType type, FilterExpression where, UUID me) {
        this(projectId, status, assigneeId, label, parentId, updatedSince, text, type, where, me, Set.of());
    }

    public WorkItemFilter(UUID projectId, String status, UUID assigneeId, String label, UUID parentId,
                          Instant updatedSince, String text, WorkItemType type) {
        this(projectId, status, assigneeId, label, parentId, updatedSince, text, type, null, null);
    }

    public WorkItemFilter(UUID projectId, String status, UUID assigneeId, String label, UUID parentId,
                          Instant updatedSince, String text) {
        this(projectId, status, assigneeId, label, parentId, updatedSince, text, null);
    }

    /** Whether nothing but the project, if any, narrows it: all of a workspace's or a project's items. */
    public boolean narrowsOnlyByProject() {
        return status == null && assigneeId == null && label == null && parentId == null && updatedSince == null
                && text == null && type == null && where == null && hiddenProjects.isEmpty();
    }

    /** The same filter leaving out the items of projects the caller may not see (none: nothing left out). */
    public WorkItemFilter hiding(Set<UUID> projects) {
        return new WorkItemFilter(projectId, status, assigneeId, label, parentId, updatedSince, text, type, where, me,
                projects);
    }

    public WorkItemFilter inProject(UUID project) {
        return new WorkItemFilter(project, status, assigneeId, label, parentId, updatedSince, text, type, where, me,
                hiddenProjects);
    }

    /** The same filter narrowed to items of a type (MILESTONE…); null: any type. */
    public WorkItemFilter ofType(WorkItemType wanted) {
        return new WorkItemFilter(projectId, status, assigneeId, label, parentId, updatedSince, text, wanted, where, me,
                hiddenProjects);
    }

    /** The same filter narrowed by an expression, {@code me} standing for {@code caller}. */
    public WorkItemFilter matching(FilterExpression expression, UUID caller) {
        return new WorkItemFilter(projectId, status, assigneeId, label, parentId, updatedSince, text, type, expression,
                caller, hiddenProjects);
    }
}
