package io.worklane.domain.event;

import io.smallrye.mutiny.Uni;

/** Port: the transactional outbox. Append inside the use case's transaction; delivery happens after commit. */
public interface Outbox {
    /** Appends the event with the workspace's next gap-free sequence number. */
    Uni<Void> append(DomainEvent event);
}
