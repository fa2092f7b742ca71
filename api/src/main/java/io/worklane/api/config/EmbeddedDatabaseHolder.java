package io.worklane.api.config;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Stops the embedded PostgreSQL when Quarkus shuts down: after in-flight requests have drained
 * (graceful shutdown), so no request loses its database halfway.
 */
@ApplicationScoped
public class EmbeddedDatabaseHolder {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseHolder.class);
    private static final AtomicReference<EmbeddedDatabase> RUNNING = new AtomicReference<>();

    static void hold(EmbeddedDatabase database) {
        RUNNING.set(database);
    }

    void onStop(@Observes ShutdownEvent event) {
        EmbeddedDatabase database = RUNNING.getAndSet(null);
        if (database != null) {
            LOG.info("Stopping the embedded PostgreSQL");
            database.close();
        }
    }
}
