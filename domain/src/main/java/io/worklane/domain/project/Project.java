package io.worklane.domain.project;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/** A container of work: a temporary initiative (PROJECT) or an ongoing process board (PROCESS). */
public record Project(UUID id, UUID workspaceId, String key, String name, String description, ProjectKind kind,
                      ProjectStatus status, UUID leadId, LocalDate startDate, LocalDate targetDate,
                      ProjectVisibility visibility, long version, Instant createdAt, Instant updatedAt) {
    public static final Pattern KEY = Pattern.compile("^[A-Z][A-Z0-9]{1,9}$");

    public static Project create(UUID workspaceId, String key, String name, String description, ProjectKind kind,
                                 ProjectStatus status, UUID leadId, LocalDate start, LocalDate target, Instant now) {
        Project draft = new Project(Ids.newId(), workspaceId, key, name, description,
                kind == null ? ProjectKind.PROJECT : kind, status == null ? ProjectStatus.ACTIVE : status,
                leadId, start, target, ProjectVisibility.WORKSPACE, 0, now, now);
        draft.validate();
        return draft;
    }

    public Project change(ProjectChanges c, Instant now) {
        Project changed = new Project(id, workspaceId, key, c.name().or(name), c.description().or(description),
                kind, c.status().or(status), c.leadId().or(leadId), c.startDate().or(startDate),
                c.targetDate().or(targetDate), c.visibility().or(visibility), version, createdAt, now);
        changed.validate();
        return changed;
    }

    /** The project seen only by its members and the workspace's admins, or by the whole workspace (ADR 0084). */
    public Project withVisibility(ProjectVisibility v) {
        return new Project(id, workspaceId, key, name, description, kind, status, leadId, startDate, targetDate,
                v == null ? ProjectVisibility.WORKSPACE : v, version, createdAt, updatedAt);
    }

    public boolean isPrivate() {
        return visibility == ProjectVisibility.PRIVATE;
    }

    /** A closed project accepts no new work items (an invariant of the domain, docs/architecture.md). */
    public void ensureOpenForNewWork() {
        if (status.isClosed()) {
            throw new DomainException(ErrorCode.PROJECT_CLOSED, "Project " + key + " is " + status
                    + " and accepts no new work items. Reopen it (status ACTIVE) first.");
        }
    }

    private void validate() {
        new Validation()
                .text(key, "key", 2, 10)
                .matches(key, KEY, "key", "must be 2–10 capital letters or digits, starting with a letter (e.g. ENG)")
                .text(name, "name", 1, 200)
                .text(description, "description", 0, 10_000)
                .require(status != null, "status", "REQUIRED", "must not be null")
                .require(visibility != null, "visibility", "REQUIRED", "must be WORKSPACE or PRIVATE")
                .require(kind != ProjectKind.PROCESS || targetDate == null, "targetDate", "NOT_ALLOWED",
                        "a PROCESS is ongoing and has no target date")
                .require(startDate == null || targetDate == null || !targetDate.isBefore(startDate),
                        "targetDate", "BEFORE_START", "must not be before startDate")
                .orThrow();
    }
}
