package io.worklane.domain.workitem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a caller asks for when creating a work item; references are already resolved to ids. */
public record NewWorkItem(WorkItemType type, String title, String description, String status, Priority priority,
                          List<UUID> assigneeIds, UUID reporterId, UUID parentId, LocalDate startDate,
                          LocalDate dueDate, Long estimateMinutes, List<String> labels,
                          Map<String, Object> customFields) {
}
