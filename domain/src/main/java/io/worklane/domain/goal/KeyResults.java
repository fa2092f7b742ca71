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

    /**
     * Each key result's value as it stood just before {@code at}, from its check-ins (ADR 0066): the last check-in's
     * value before it, else the previous value of the first check-in after it, else the current value (none yet).
     * One statement.
     */
    Uni<Map<UUID, java.math.BigDecimal>> valuesAt(UUID workspaceId, Collection<UUID> keyResultIds,
                                                 java.time.Instant at);

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
