package io.worklane.domain.me;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A work item on a person's list, with the workspace it is in. */
public record MyWorkItem(UUID id, UUID workspaceId, String workspaceSlug, String key, String title, String status,
                         String priority, LocalDate dueDate, Instant updatedAt) {
}
