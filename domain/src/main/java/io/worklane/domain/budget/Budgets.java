package io.worklane.domain.budget;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the budgets of a workspace, at most one per project. Every call is scoped to one workspace. */
public interface Budgets {
    Uni<Optional<Budget>> find(UUID workspaceId, UUID id);

    Uni<Optional<Budget>> ofProject(UUID workspaceId, UUID projectId);

    /** The budgets of these projects, in one statement (GraphQL's Project.budget). */
    Uni<List<Budget>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    /** Oldest first, those {@code narrowing} lets the caller see. */
    Uni<Page<Budget>> list(UUID workspaceId, UUID projectId, BudgetNarrowing narrowing, PageRequest page);

    /** Fails with BUDGET_ALREADY_EXISTS when the project has one. */
    Uni<Budget> insert(Budget budget);

    Uni<Budget> update(Budget changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
