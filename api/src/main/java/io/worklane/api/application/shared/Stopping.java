package io.worklane.api.application.shared;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the server has begun to stop. Scheduled work (jobs, recurrences, folding analytics counts) starts no
 * new round after it, and a round it cuts short is no failure: the database or the pool went away under it.
 */
@ApplicationScoped
public class Stopping {
    private volatile boolean stopping;

    void begin(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    public boolean now() {
        return stopping;
    }
}
