package io.worklane.domain.observability;

import io.smallrye.mutiny.Uni;

/** Port: measures the {@link Backlog} with one statement on indexed columns. */
public interface BacklogProbe {
    Uni<Backlog> measure();
}
