package io.worklane.domain.resource;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the workspace holiday calendar. */
public interface Holidays {
    /** The holidays from {@code from} to {@code to} inclusive (either null: open), by day. */
    Uni<List<Holiday>> between(UUID workspaceId, LocalDate from, LocalDate to);

    Uni<Optional<Holiday>> find(UUID workspaceId, UUID id);

    Uni<Holiday> insert(Holiday holiday);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
