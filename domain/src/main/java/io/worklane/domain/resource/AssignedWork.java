package io.worklane.domain.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open work item's estimate as the workload sees it: shared equally by its assignees and spread
 * over the working days between its start (or due) date and its due date.
 */
public record AssignedWork(UUID workItemId, List<UUID> assigneeMemberIds, long estimateMinutes, LocalDate start,
                           LocalDate due) {
    public AssignedWork {
        assigneeMemberIds = List.copyOf(assigneeMemberIds);
        if (start == null || start.isAfter(due)) {
            start = due;
        }
    }
}
