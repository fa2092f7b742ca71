package io.worklane.api.application.workitem;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A request to create a work item; {@code project} and {@code parent} are ids or keys. */
public record WorkItemDraft(String project, WorkItemType type, String title, String description, String status,
                            Priority priority, List<UUID> assigneeIds, UUID reporterId, String parent,
                            LocalDate startDate, LocalDate dueDate, Long estimateMinutes, List<String> labels,
                            Map<String, Object> customFields, LocalDate startNoEarlierThan,
                            LocalDate finishNoLaterThan, String phase, String team) {

    /** A draft without a team (ADR 0070). */
    public WorkItemDraft(String project, WorkItemType type, String title, String description, String status,
                         Priority priority, List<UUID> assigneeIds, UUID reporterId, String parent,
                         LocalDate startDate, LocalDate dueDate, Long estimateMinutes, List<String> labels,
                         Map<String, Object> customFields, LocalDate startNoEarlierThan,
                         LocalDate finishNoLaterThan, String phase) {
        this(project, type, title, description, status, priority, assigneeIds, reporterId, parent, startDate,
                dueDate, estimateMinutes, labels, customFields, startNoEarlierThan, finishNoLaterThan, phase, null);
    }

    /** The same draft with the team responsible for the item (its id). */
    public WorkItemDraft withTeam(String teamRef) {
        return new WorkItemDraft(project, type, title, description, status, priority, assigneeIds, reporterId, parent,
                startDate, dueDate, estimateMinutes, labels, customFields, startNoEarlierThan, finishNoLaterThan,
                phase, teamRef);
    }

    /** A draft without scheduling constraints. */
    public WorkItemDraft(String project, WorkItemType type, String title, String description, String status,
                         Priority priority, List<UUID> assigneeIds, UUID reporterId, String parent,
                         LocalDate startDate, LocalDate dueDate, Long estimateMinutes, List<String> labels,
                         Map<String, Object> customFields) {
        this(project, type, title, description, status, priority, assigneeIds, reporterId, parent, startDate,
                dueDate, estimateMinutes, labels, customFields, null, null, null, null);
    }
}
