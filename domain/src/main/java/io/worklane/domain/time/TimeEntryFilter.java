package io.worklane.domain.time;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which entries a list or a total covers; each null means "any". {@code hiddenProjects}: projects whose entries are
 * left out (those the caller may not see, ADR 0084); empty leaves nothing out.
 */
public record TimeEntryFilter(UUID resourceId, UUID workItemId, UUID projectId, LocalDate from, LocalDate to,
                              Boolean billable, Set<UUID> hiddenProjects) {
    public TimeEntryFilter {
        hiddenProjects = hiddenProjects == null ? Set.of() : Set.copyOf(hiddenProjects);
    }

    public TimeEntryFilter(UUID resourceId, UUID workItemId, UUID projectId, LocalDate from, LocalDate to,
                           Boolean billable) {
        this(resourceId, workItemId, projectId, from, to, billable, Set.of());
    }

    public TimeEntryFilter withHiddenProjects(Set<UUID> hidden) {
        return new TimeEntryFilter(resourceId, workItemId, projectId, from, to, billable, hidden);
    }
}
