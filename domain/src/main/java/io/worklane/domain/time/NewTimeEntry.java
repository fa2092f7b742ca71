package io.worklane.domain.time;

import java.util.UUID;

/** A time entry as a client wrote it, its resource and work item (and the item's project) resolved. */
public record NewTimeEntry(UUID resourceId, UUID workItemId, UUID projectId, String date, Integer minutes,
                           Boolean billable, String note) {
}
