package io.worklane.domain.time;

import java.time.LocalDate;
import java.util.UUID;

/** Which entries a list or a total covers; each null means "any". */
public record TimeEntryFilter(UUID resourceId, UUID workItemId, UUID projectId, LocalDate from, LocalDate to,
                              Boolean billable) {
}
