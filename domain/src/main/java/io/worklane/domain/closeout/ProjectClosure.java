package io.worklane.domain.closeout;

import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project's close-out: its outcome, the lessons learned (kept and listed across projects so the next one
 * can learn from them), the status it closed with, who closed it and, when forced past the refusals, which
 * reasons were overridden.
 */
public record ProjectClosure(UUID id, UUID workspaceId, UUID projectId, String projectKey, String projectName,
                             String outcome, String lessonsLearned, ProjectStatus finalStatus, boolean forced,
                             List<FieldError> overridden, String closedBy, Instant closedAt) {
    public static final int MAX_OUTCOME = 10_000;
    public static final int MAX_LESSONS = 20_000;

    public ProjectClosure {
        overridden = List.copyOf(overridden);
    }

    public static ProjectClosure of(UUID workspaceId, UUID projectId, String projectKey, String projectName,
                                    String outcome, String lessons, ProjectStatus finalStatus, List<FieldError> overridden,
                                    String closedBy, Instant now) {
        ProjectStatus status = finalStatus == null ? ProjectStatus.COMPLETED : finalStatus;
        new Validation().text(outcome, "outcome", 1, MAX_OUTCOME).text(lessons, "lessonsLearned", 0, MAX_LESSONS)
                .require(status.isClosed(), "status", "NOT_ALLOWED", "must be COMPLETED or CANCELLED, not " + status)
                .orThrow();
        return new ProjectClosure(Ids.newId(), workspaceId, projectId, projectKey, projectName, outcome.strip(),
                lessons, status, !overridden.isEmpty(), overridden, closedBy, now);
    }
}
