package io.worklane.domain.goal;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * An objective for a period, optionally under a parent goal, measured by its key results and its child goals.
 * The projects and portfolios that serve it belong to the aggregate: linking one changes its version.
 */
public record Goal(UUID id, UUID workspaceId, String title, String description, UUID ownerId, LocalDate periodStart,
                   LocalDate periodEnd, UUID parentId, GoalStatus status, List<UUID> projectIds,
                   List<UUID> portfolioIds, long version, Instant createdAt, Instant updatedAt) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    /** Links of each kind; more is a sign the goal should be split into child goals. */
    public static final int MAX_LINKS = 100;

    public Goal {
        projectIds = projectIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(projectIds));
        portfolioIds = portfolioIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(portfolioIds));
    }

    public static Goal create(UUID workspaceId, NewGoal n, Instant now) {
        Goal draft = new Goal(Ids.newId(), workspaceId, strip(n.title()), n.description(), n.ownerId(),
                n.periodStart(), n.periodEnd(), n.parentId(), n.status() == null ? GoalStatus.ON_TRACK : n.status(),
                List.of(), List.of(), 0, now, now);
        draft.validate();
        return draft;
    }

    public Goal change(GoalChanges c, Instant now) {
        GoalCopy copy = new GoalCopy(this);
        copy.title = c.title().present() ? strip(c.title().value()) : title;
        copy.description = c.description().or(description);
        copy.ownerId = c.ownerId().or(ownerId);
        copy.periodStart = c.periodStart().or(periodStart);
        copy.periodEnd = c.periodEnd().or(periodEnd);
        copy.parentId = c.parentId().or(parentId);
        copy.status = c.status().or(status);
        Goal changed = copy.build(now);
        changed.validate();
        return changed;
    }

    public Goal linkProject(UUID projectId, Instant now) {
        return withLinks(added(projectIds, projectId, "projects"), portfolioIds, now);
    }

    public Goal unlinkProject(UUID projectId, Instant now) {
        return withLinks(removed(projectIds, projectId), portfolioIds, now);
    }

    public Goal linkPortfolio(UUID portfolioId, Instant now) {
        return withLinks(projectIds, added(portfolioIds, portfolioId, "portfolios"), now);
    }

    public Goal unlinkPortfolio(UUID portfolioId, Instant now) {
        return withLinks(projectIds, removed(portfolioIds, portfolioId), now);
    }

    public Goal withLinks(List<UUID> projects, List<UUID> portfolios, Instant now) {
        GoalCopy copy = new GoalCopy(this);
        copy.projectIds = projects;
        copy.portfolioIds = portfolios;
        return copy.build(now);
    }

    private List<UUID> added(List<UUID> ids, UUID id, String what) {
        if (ids.contains(id)) {
            return ids;
        }
        if (ids.size() >= MAX_LINKS) {
            throw new DomainException(ErrorCode.GOAL_FULL, "Goal " + title + " is served by " + MAX_LINKS + " "
                    + what + " already: unlink one, or split the goal into child goals.");
        }
        List<UUID> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }

    private static List<UUID> removed(List<UUID> ids, UUID id) {
        List<UUID> fewer = new ArrayList<>(ids);
        fewer.remove(id);
        return fewer;
    }

    private void validate() {
        new Validation().text(title, "title", 1, MAX_TITLE)
                .text(description, "description", 0, MAX_DESCRIPTION)
                .require(periodStart != null, "periodStart", "REQUIRED", "the period's first day is required")
                .require(periodEnd != null, "periodEnd", "REQUIRED", "the period's last day is required")
                .require(periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart), "periodEnd",
                        "BEFORE_START", "must be on or after periodStart (" + periodStart + ")")
                .require(status != null, "status", "REQUIRED", "the status is required")
                .orThrow();
        if (parentId != null && parentId.equals(id)) {
            throw new DomainException(ErrorCode.GOAL_CYCLE, "Goal " + title + " cannot be its own parent.");
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
