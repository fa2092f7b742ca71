package io.worklane.api.config;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Stops the embedded PostgreSQL when Quarkus shuts down: after in-flight requests have drained
 * (graceful shutdown) and after every other shutdown observer (the change listener, the last-used
 * flush, the delivery worker), so nothing loses its database halfway and a stop logs no error.
 */
@ApplicationScoped
public class EmbeddedDatabaseHolder {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseHolder.class);
    private static final AtomicReference<EmbeddedDatabase> RUNNING = new AtomicReference<>();

    static void hold(EmbeddedDatabase database) {
        RUNNING.set(database);
    }

    void onStop(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent event) {
        stopNow();
    }

    /** Stops the database if it still runs; also called when Quarkus exits without a shutdown (a failed start). */
    static void stopNow() {
        EmbeddedDatabase database = RUNNING.getAndSet(null);
        if (database != null) {
            LOG.info("Stopping the embedded PostgreSQL");
            database.close();
        }
    }
}
