package io.worklane.api.application.workitem;

import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.Priority;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A partial update of a work item. {@code parent} is an id or key. {@code customFields} merges
 * into the current values (a null value removes one field); null as a whole clears them all.
 * The project and the type of a work item never change.
 */
public record WorkItemPatch(Change<String> title, Change<String> description,
                            Change<String> status, Change<Priority> priority, Change<List<UUID>> assigneeIds,
                            Change<UUID> reporterId, Change<String> parent, Change<LocalDate> startDate,
                            Change<LocalDate> dueDate, Change<Long> estimateMinutes, Change<List<String>> labels,
                            Change<Map<String, Object>> customFields, Change<LocalDate> startNoEarlierThan,
                            Change<LocalDate> finishNoLaterThan, Change<String> phase, Change<String> team) {

    /** A patch that leaves the team as it is (ADR 0070). */
    public WorkItemPatch(Change<String> title, Change<String> description, Change<String> status,
                         Change<Priority> priority, Change<List<UUID>> assigneeIds, Change<UUID> reporterId,
                         Change<String> parent, Change<LocalDate> startDate, Change<LocalDate> dueDate,
                         Change<Long> estimateMinutes, Change<List<String>> labels,
                         Change<Map<String, Object>> customFields, Change<LocalDate> startNoEarlierThan,
                         Change<LocalDate> finishNoLaterThan, Change<String> phase) {
        this(title, description, status, priority, assigneeIds, reporterId, parent, startDate, dueDate,
                estimateMinutes, labels, customFields, startNoEarlierThan, finishNoLaterThan, phase, Change.absent());
    }

    /** The same patch with a change of the team (its id; null: no team). */
    public WorkItemPatch withTeam(Change<String> teamRef) {
        return new WorkItemPatch(title, description, status, priority, assigneeIds, reporterId, parent, startDate,
                dueDate, estimateMinutes, labels, customFields, startNoEarlierThan, finishNoLaterThan, phase, teamRef);
    }

    /** A patch that leaves the scheduling constraints as they are. */
    public WorkItemPatch(Change<String> title, Change<String> description, Change<String> status,
                         Change<Priority> priority, Change<List<UUID>> assigneeIds, Change<UUID> reporterId,
                         Change<String> parent, Change<LocalDate> startDate, Change<LocalDate> dueDate,
                         Change<Long> estimateMinutes, Change<List<String>> labels,
                         Change<Map<String, Object>> customFields) {
        this(title, description, status, priority, assigneeIds, reporterId, parent, startDate, dueDate,
                estimateMinutes, labels, customFields, Change.absent(), Change.absent(), Change.absent(),
                Change.absent());
    }
}
