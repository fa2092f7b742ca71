package io.worklane.domain.event;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Port: the transactional outbox. Append inside the use case's transaction; delivery happens after commit. */
public interface Outbox {
    /** Appends the event with the workspace's next gap-free sequence number. */
    Uni<Void> append(DomainEvent event);

    /** Appends events of one workspace, in order, with consecutive sequence numbers, in one statement. */
    Uni<Void> appendAll(UUID workspaceId, List<DomainEvent> events);
}
