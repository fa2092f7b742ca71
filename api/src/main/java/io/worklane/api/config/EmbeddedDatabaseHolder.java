package io.worklane.api.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Stops the embedded PostgreSQL when Quarkus shuts down: after in-flight requests have drained
 * (graceful shutdown) and after every other shutdown observer (which may still write, such as the
 * last use of API keys), so no request loses its database halfway. A JVM shutdown hook of its own
 * covers a server that never started (a bad setting), and waits for the one that did: the library's
 * own hook would stop PostgreSQL at the first signal, while requests are still being answered.
 */
@ApplicationScoped
public class EmbeddedDatabaseHolder {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseHolder.class);
    /** Longer than quarkus.shutdown.timeout, so the hook never cuts a drain short. */
    private static final long WAIT_FOR_SERVER_SECONDS = 60;
    private static final AtomicReference<EmbeddedDatabase> RUNNING = new AtomicReference<>();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static volatile boolean serverStarted;

    static void hold(EmbeddedDatabase database) {
        RUNNING.set(database);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabaseHolder::stopAfterTheServer,
                "embedded-postgres-stopper"));
    }

    void onStart(@Observes StartupEvent event) {
        serverStarted = true;
    }

    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 500) ShutdownEvent event) {
        stopNow();
    }

    private static void stopAfterTheServer() {
        if (serverStarted) {
            try {
                STOPPED.await(WAIT_FOR_SERVER_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopNow();
    }

    /** Stops the database if it still runs; also called when Quarkus exits without a shutdown (a failed start). */
    static void stopNow() {
        EmbeddedDatabase database = RUNNING.getAndSet(null);
        if (database != null) {
            LOG.info("Stopping the embedded PostgreSQL");
            database.close();
        }
        STOPPED.countDown();
    }
}
