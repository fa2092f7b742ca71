package io.worklane.domain.workitem;

import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A partial update of a work item; {@code customFields} is the complete new map when present. The
 * planning fields (phase, scheduling constraints) are last.
 */
public record WorkItemChanges(Change<WorkItemType> type, Change<String> title, Change<String> description,
                              Change<String> status, Change<Priority> priority, Change<List<UUID>> assigneeIds,
                              Change<UUID> reporterId, Change<UUID> parentId, Change<LocalDate> startDate,
                              Change<LocalDate> dueDate, Change<Long> estimateMinutes, Change<List<String>> labels,
                              Change<Map<String, Object>> customFields, Change<UUID> phaseId,
                              Change<LocalDate> startNoEarlierThan, Change<LocalDate> finishNoLaterThan,
                              Change<UUID> teamId) {

    /** Changes of the work and planning fields, the team unchanged. */
    public WorkItemChanges(Change<WorkItemType> type, Change<String> title, Change<String> description,
                           Change<String> status, Change<Priority> priority, Change<List<UUID>> assigneeIds,
                           Change<UUID> reporterId, Change<UUID> parentId, Change<LocalDate> startDate,
                           Change<LocalDate> dueDate, Change<Long> estimateMinutes, Change<List<String>> labels,
                           Change<Map<String, Object>> customFields, Change<UUID> phaseId,
                           Change<LocalDate> startNoEarlierThan, Change<LocalDate> finishNoLaterThan) {
        this(type, title, description, status, priority, assigneeIds, reporterId, parentId, startDate, dueDate,
                estimateMinutes, labels, customFields, phaseId, startNoEarlierThan, finishNoLaterThan, Change.absent());
    }

    /** Changes of the work fields alone, the planning fields unchanged. */
    public WorkItemChanges(Change<WorkItemType> type, Change<String> title, Change<String> description,
                           Change<String> status, Change<Priority> priority, Change<List<UUID>> assigneeIds,
                           Change<UUID> reporterId, Change<UUID> parentId, Change<LocalDate> startDate,
                           Change<LocalDate> dueDate, Change<Long> estimateMinutes, Change<List<String>> labels,
                           Change<Map<String, Object>> customFields) {
        this(type, title, description, status, priority, assigneeIds, reporterId, parentId, startDate, dueDate,
                estimateMinutes, labels, customFields, Change.absent(), Change.absent(), Change.absent());
    }

    /** The same changes with the planning fields'. */
    public WorkItemChanges withPlanning(Change<UUID> phase, Change<LocalDate> notBefore, Change<LocalDate> notAfter) {
        return new WorkItemChanges(type, title, description, status, priority, assigneeIds, reporterId, parentId,
                startDate, dueDate, estimateMinutes, labels, customFields, phase, notBefore, notAfter, teamId);
    }

    /** The same changes with the team's (ADR 0070). */
    public WorkItemChanges withTeam(Change<UUID> team) {
        return new WorkItemChanges(type, title, description, status, priority, assigneeIds, reporterId, parentId,
                startDate, dueDate, estimateMinutes, labels, customFields, phaseId, startNoEarlierThan,
                finishNoLaterThan, team);
    }
    public static WorkItemChanges none() {
        return new WorkItemChanges(Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent());
    }
}
