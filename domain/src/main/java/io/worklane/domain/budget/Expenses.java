package io.worklane.domain.budget;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the expenses of a workspace. */
public interface Expenses {
    Uni<Optional<Expense>> find(UUID workspaceId, UUID id);

    /** By date then id, oldest first. */
    Uni<Page<Expense>> list(UUID workspaceId, ExpenseFilter filter, PageRequest page);

    /** A project's expenses summed per category, date and currency, in one statement. */
    Uni<List<ActualCost>> costs(UUID workspaceId, UUID projectId);

    /** The same for each of these projects, in one statement. */
    Uni<Map<UUID, List<ActualCost>>> costs(UUID workspaceId, java.util.Collection<UUID> projectIds);

    Uni<Expense> insert(Expense expense);

    Uni<Expense> update(Expense changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
