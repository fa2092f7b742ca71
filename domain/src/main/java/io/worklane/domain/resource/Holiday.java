package io.worklane.domain.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A day of the workspace calendar on which nobody works. */
public record Holiday(UUID id, UUID workspaceId, LocalDate day, String name, long version, Instant createdAt,
                      Instant updatedAt) {
    public static final int MAX_NAME = 200;
}
