package io.worklane.domain.portfolio;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A program: projects managed together, ranked by priority (the first is rank 1), in one currency for its
 * roll-ups, optionally nested under a parent portfolio. A project may be in several portfolios.
 * The ranked projects belong to the aggregate, so adding, moving or removing one changes its version.
 */
public record Portfolio(UUID id, UUID workspaceId, String name, String description, UUID ownerId, String currency,
                        UUID parentId, List<UUID> projectIds, long version, Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_PROJECTS = 200;

    public Portfolio {
        projectIds = projectIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(projectIds));
    }

    public static Portfolio create(UUID workspaceId, NewPortfolio n, Instant now) {
        Portfolio draft = new Portfolio(Ids.newId(), workspaceId, strip(n.name()), n.description(), n.ownerId(),
                n.currency(), n.parentId(), List.of(), 0, now, now);
        draft.validate();
        return draft;
    }

    public Portfolio change(PortfolioChanges c, Instant now) {
        Portfolio changed = new Portfolio(id, workspaceId, c.name().present() ? strip(c.name().value()) : name,
                c.description().or(description), c.ownerId().or(ownerId), c.currency().or(currency),
                c.parentId().or(parentId), projectIds, version, createdAt, now);
        changed.validate();
        return changed;
    }

    /** The project at this rank (1 = first; null or past the end: last), added when it was not in yet. */
    public Portfolio rank(UUID projectId, Integer rank, Instant now) {
        new Validation().require(rank == null || rank >= 1, "rank", "OUT_OF_RANGE", "must be 1 or more, not " + rank)
                .orThrow();
        List<UUID> ids = new ArrayList<>(projectIds);
        ids.remove(projectId);
        if (ids.size() >= MAX_PROJECTS) {
            throw new DomainException(ErrorCode.PORTFOLIO_FULL, "Portfolio " + name + " has " + MAX_PROJECTS
                    + " projects already: remove one, or group projects in a child portfolio.");
        }
        int at = rank == null ? ids.size() : Math.min(rank - 1, ids.size());
        ids.add(at, projectId);
        return withProjects(ids, now);
    }

    /** The portfolio without this project; the ones after it move up a rank. */
    public Portfolio remove(UUID projectId, Instant now) {
        List<UUID> ids = new ArrayList<>(projectIds);
        ids.remove(projectId);
        return withProjects(ids, now);
    }

    /** 1-based; 0 when the project is not in the portfolio. */
    public int rankOf(UUID projectId) {
        return projectIds.indexOf(projectId) + 1;
    }

    public Portfolio withProjects(List<UUID> ids, Instant now) {
        return new Portfolio(id, workspaceId, name, description, ownerId, currency, parentId, ids, version, createdAt,
                now);
    }

    private void validate() {
        new Validation().text(name, "name", 1, MAX_NAME)
                .text(description, "description", 0, MAX_DESCRIPTION)
                .require(Money.isCurrency(currency), "currency", "UNKNOWN_CURRENCY", "'" + currency
                        + "' is not an ISO 4217 currency code such as EUR or USD")
                .require(parentId == null || !parentId.equals(id), "parent", "CYCLE", "a portfolio cannot be its own parent")
                .orThrow();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
