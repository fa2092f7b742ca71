package io.worklane.domain.goal;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: key results and their kept check-ins. */
public interface KeyResults {
    Uni<Optional<KeyResult>> find(UUID workspaceId, UUID id);

    /** The key results of these goals, oldest first, in one statement. */
    Uni<Map<UUID, List<KeyResult>>> ofGoals(UUID workspaceId, Collection<UUID> goalIds);

    Uni<KeyResult> insert(KeyResult keyResult);

    Uni<KeyResult> update(KeyResult changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);

    /** Keeps the check-in (the key result's new value is saved by {@link #update}). */
    Uni<Void> record(CheckIn checkIn);

    Uni<Optional<CheckIn>> findCheckIn(UUID workspaceId, UUID id);

    /** A key result's check-ins, oldest first, in keyset pages. */
    Uni<Page<CheckIn>> checkIns(UUID workspaceId, UUID keyResultId, PageRequest page);

    /** A page of check-ins, oldest first, of each of several key results at once (GraphQL KeyResult.checkIns). */
    Uni<java.util.Map<UUID, Page<CheckIn>>> checkInPages(UUID workspaceId, java.util.Collection<UUID> keyResultIds,
                                                        PageRequest page);
}
