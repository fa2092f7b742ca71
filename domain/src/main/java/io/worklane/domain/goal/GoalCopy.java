package io.worklane.domain.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal's fields to change by name before building the next goal: the one place that lists the record's
 * components, so a change sets only what it changes and a new component is added here once.
 */
final class GoalCopy {
    private final Goal from;
    String title;
    String description;
    UUID ownerId;
    LocalDate periodStart;
    LocalDate periodEnd;
    UUID parentId;
    GoalStatus status;
    List<UUID> projectIds;
    List<UUID> portfolioIds;

    GoalCopy(Goal from) {
        this.from = from;
        title = from.title();
        description = from.description();
        ownerId = from.ownerId();
        periodStart = from.periodStart();
        periodEnd = from.periodEnd();
        parentId = from.parentId();
        status = from.status();
        projectIds = from.projectIds();
        portfolioIds = from.portfolioIds();
    }

    /** The changed goal, updated at {@code now}; its id, workspace, version and creation stay. */
    Goal build(Instant now) {
        return new Goal(from.id(), from.workspaceId(), title, description, ownerId, periodStart, periodEnd, parentId,
                status, projectIds, portfolioIds, from.version(), from.createdAt(), now);
    }
}
