package io.worklane.domain.time;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: running timers, at most one per resource. */
public interface Timers {
    Uni<Optional<Timer>> ofResource(UUID workspaceId, UUID resourceId);

    /** Oldest first, at most 1000. */
    Uni<List<Timer>> running(UUID workspaceId);

    /** Refused with TIMER_ALREADY_RUNNING when the resource has one. */
    Uni<Timer> start(Timer timer);

    Uni<Void> stop(UUID workspaceId, UUID id);
}
