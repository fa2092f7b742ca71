package io.worklane.domain.workitem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a caller asks for when creating a work item; references are already resolved to ids. */
public record NewWorkItem(WorkItemType type, String title, String description, String status, Priority priority,
                          List<UUID> assigneeIds, UUID reporterId, UUID parentId, LocalDate startDate,
                          LocalDate dueDate, Long estimateMinutes, List<String> labels,
                          Map<String, Object> customFields, UUID phaseId, LocalDate startNoEarlierThan,
                          LocalDate finishNoLaterThan, UUID teamId) {

    /** A new item with planning fields and no team. */
    public NewWorkItem(WorkItemType type, String title, String description, String status, Priority priority,
                       List<UUID> assigneeIds, UUID reporterId, UUID parentId, LocalDate startDate,
                       LocalDate dueDate, Long estimateMinutes, List<String> labels,
                       Map<String, Object> customFields, UUID phaseId, LocalDate startNoEarlierThan,
                       LocalDate finishNoLaterThan) {
        this(type, title, description, status, priority, assigneeIds, reporterId, parentId, startDate, dueDate,
                estimateMinutes, labels, customFields, phaseId, startNoEarlierThan, finishNoLaterThan, null);
    }

    /** A new item outside any phase and without scheduling constraints. */
    public NewWorkItem(WorkItemType type, String title, String description, String status, Priority priority,
                       List<UUID> assigneeIds, UUID reporterId, UUID parentId, LocalDate startDate,
                       LocalDate dueDate, Long estimateMinutes, List<String> labels,
                       Map<String, Object> customFields) {
        this(type, title, description, status, priority, assigneeIds, reporterId, parentId, startDate, dueDate,
                estimateMinutes, labels, customFields, null, null, null);
    }

    /** The same item in a phase and with these constraints. */
    public NewWorkItem withPlanning(UUID phase, LocalDate notBefore, LocalDate notAfter) {
        return new NewWorkItem(type, title, description, status, priority, assigneeIds, reporterId, parentId,
                startDate, dueDate, estimateMinutes, labels, customFields, phase, notBefore, notAfter, teamId);
    }

    /** The same item with a team responsible for it (ADR 0070). */
    public NewWorkItem withTeam(UUID team) {
        return new NewWorkItem(type, title, description, status, priority, assigneeIds, reporterId, parentId,
                startDate, dueDate, estimateMinutes, labels, customFields, phaseId, startNoEarlierThan,
                finishNoLaterThan, team);
    }
}
