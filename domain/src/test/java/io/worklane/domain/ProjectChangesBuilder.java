package io.worklane.domain;

import io.worklane.domain.project.ProjectChanges;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.UUID;

/** Builds a partial update of a project: a field not mentioned stays absent, a field given null is cleared. */
public final class ProjectChangesBuilder {
    private Change<String> name = Change.absent();
    private Change<String> description = Change.absent();
    private Change<ProjectStatus> status = Change.absent();
    private Change<UUID> leadId = Change.absent();
    private Change<LocalDate> startDate = Change.absent();
    private Change<LocalDate> targetDate = Change.absent();

    ProjectChangesBuilder() {
    }

    public ProjectChangesBuilder name(String value) {
        name = Change.to(value);
        return this;
    }

    public ProjectChangesBuilder description(String value) {
        description = Change.to(value);
        return this;
    }

    public ProjectChangesBuilder status(ProjectStatus value) {
        status = Change.to(value);
        return this;
    }

    public ProjectChangesBuilder lead(UUID value) {
        leadId = Change.to(value);
        return this;
    }

    public ProjectChangesBuilder startDate(LocalDate value) {
        startDate = Change.to(value);
        return this;
    }

    public ProjectChangesBuilder targetDate(LocalDate value) {
        targetDate = Change.to(value);
        return this;
    }

    public ProjectChanges build() {
        return new ProjectChanges(name, description, status, leadId, startDate, targetDate);
    }
}
