package io.worklane.domain.project;

import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.UUID;

/** A partial update of a project; the key and kind never change. */
public record ProjectChanges(Change<String> name, Change<String> description, Change<ProjectStatus> status,
                             Change<UUID> leadId, Change<LocalDate> startDate, Change<LocalDate> targetDate,
                             Change<ProjectVisibility> visibility) {
    public ProjectChanges(Change<String> name, Change<String> description, Change<ProjectStatus> status,
                          Change<UUID> leadId, Change<LocalDate> startDate, Change<LocalDate> targetDate) {
        this(name, description, status, leadId, startDate, targetDate, Change.absent());
    }

    /** The same changes, also setting who sees the project. */
    public ProjectChanges withVisibility(Change<ProjectVisibility> v) {
        return new ProjectChanges(name, description, status, leadId, startDate, targetDate, v);
    }
}
