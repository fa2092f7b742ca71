package io.worklane.domain.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the work items of a workspace. {@code ref} is an id or a key such as ENG-42 (a key the item had before it
 * moved to another project finds it too).
 */
public interface WorkItems {
    Uni<Optional<WorkItem>> find(UUID workspaceId, String ref);

    Uni<Page<WorkItem>> list(UUID workspaceId, WorkItemFilter filter, WorkItemSort sort, PageRequest page);

    Uni<Long> count(UUID workspaceId, WorkItemFilter filter);

    /** One page per project, in one statement: for nested lists that must not cost a query per project. */
    Uni<Map<UUID, Page<WorkItem>>> pagesByProject(UUID workspaceId, Collection<UUID> projectIds,
                                                   WorkItemFilter filter, WorkItemSort sort, PageRequest page);

    Uni<Map<UUID, Long>> countsByProject(UUID workspaceId, Collection<UUID> projectIds, WorkItemFilter filter);

    Uni<List<WorkItem>> byIds(UUID workspaceId, Collection<UUID> ids);

    /**
     * The project of each of these items, deleted items too (their tombstones, ADR 0085), in one statement: what an
     * event or an activity entry naming an item belongs to. Ids that never were items are left out.
     */
    Uni<Map<UUID, UUID>> projectsOf(UUID workspaceId, Collection<UUID> ids);

    /** Every item of a project, oldest first, in one statement: what a schedule is computed over. */
    Uni<List<WorkItem>> ofProject(UUID workspaceId, UUID projectId);

    /** Every item of these projects, in one statement: what a portfolio's schedules are computed over. */
    Uni<List<WorkItem>> ofProjects(UUID workspaceId, Collection<UUID> projectIds);

    /** Children of each parent, oldest first. */
    Uni<Map<UUID, List<WorkItem>>> childrenOf(UUID workspaceId, Collection<UUID> parentIds);

    /** A keyset page of children of each parent, oldest first, in one statement. */
    Uni<Map<UUID, Page<WorkItem>>> childPages(UUID workspaceId, Collection<UUID> parentIds, PageRequest page);

    /** The ids above {@code id} in the hierarchy, nearest first. */
    Uni<List<UUID>> ancestorsOf(UUID workspaceId, UUID id);

    /** The ids below {@code id} in the hierarchy, parents before their children. */
    Uni<List<UUID>> descendantsOf(UUID workspaceId, UUID id);

    /**
     * Moves the item to another project as {@code moved} has it (ADR 0082): new number, state and values, at the
     * end of the target's manual order, its old key kept so that it still finds the item. Refuses with CONFLICT
     * when the item is no longer at {@code before}'s version.
     */
    Uni<WorkItem> relocate(WorkItem before, WorkItem moved);

    /** Serialises hierarchy changes of a workspace until the transaction ends (two moves cannot race into a cycle). */
    Uni<Void> lockHierarchy(UUID workspaceId);

    /** The next number of a project, gap-free: taken inside the creating transaction. */
    Uni<Long> nextNumber(UUID projectId);

    Uni<WorkItem> insert(WorkItem item);

    Uni<WorkItem> update(WorkItem changed);

    /**
     * The item as the current transaction sees it, its own uncommitted changes included: for use cases
     * that change an item more than once (automation rules acting on the item that triggered them).
     */
    Uni<WorkItem> current(WorkItem item);

    /** Like {@link #current}, by id: finds an item created earlier in the current transaction too. */
    Uni<Optional<WorkItem>> findInTransaction(UUID workspaceId, UUID id);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
