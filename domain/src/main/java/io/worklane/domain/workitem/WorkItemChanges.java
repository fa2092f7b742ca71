package io.worklane.domain.workitem;

import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A partial update of a work item; {@code customFields} is the complete new map when present. */
public record WorkItemChanges(Change<WorkItemType> type, Change<String> title, Change<String> description,
                              Change<String> status, Change<Priority> priority, Change<List<UUID>> assigneeIds,
                              Change<UUID> reporterId, Change<UUID> parentId, Change<LocalDate> startDate,
                              Change<LocalDate> dueDate, Change<Long> estimateMinutes, Change<List<String>> labels,
                              Change<Map<String, Object>> customFields) {
    public static WorkItemChanges none() {
        return new WorkItemChanges(Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent());
    }
}
