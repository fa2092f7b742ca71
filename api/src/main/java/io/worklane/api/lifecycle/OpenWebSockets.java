package io.worklane.api.lifecycle;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.worklane.api.rest.shared.Problems;
import io.worklane.domain.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The GraphQL WebSockets this instance holds, so that shutting down closes them with 1001 (going
 * away) at once: a client then reconnects, through the load balancer, to an instance that stays.
 * Quarkus counts every upgrade request as in flight until its connection ends, and the count never
 * drops for a WebSocket (Vert.x takes over the request's exception handler), so after serving one the
 * graceful shutdown waited out its whole timeout: upgrades are taken out of that count here, and the
 * sockets are closed here instead. Once shutting down, new upgrades are refused with 503.
 */
@ApplicationScoped
public class OpenWebSockets {
    private static final Logger LOG = Logger.getLogger(OpenWebSockets.class);
    static final short GOING_AWAY = 1001;
    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean shuttingDown;

    /** Before authentication and before the GraphQL handler, on upgrade requests only. */
    void install(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE + 2) Router router) {
        router.route("/graphql").order(Integer.MIN_VALUE + 1).handler(this::track);
    }

    private void track(RoutingContext context) {
        if (!"websocket".equalsIgnoreCase(context.request().getHeader("Upgrade"))) {
            context.next();
            return;
        }
        if (shuttingDown) {
            context.response().putHeader("Retry-After", "1");
            Problems.write(context.response(), ErrorCode.SERVICE_UNAVAILABLE, "This instance is shutting down. "
                    + "Connect again: the load balancer sends you to another one.", context.request().path());
            return;
        }
        HttpConnection connection = context.request().connection();
        if (open.add(connection)) {
            UpgradedConnection.whenClosed(connection, () -> open.remove(connection));
        }
        // the socket is this class's to end at shutdown: the upgrade request must not count as in flight
        UpgradedConnection.notInFlight(context.request());
        context.next();
    }

    /** At the start of shutdown (quarkus.shutdown.delay-enabled), before in-flight requests are awaited. */
    void closeAll(@Observes ShutdownDelayInitiatedEvent event) {
        shuttingDown = true;
        if (!open.isEmpty()) {
            LOG.infof("Closing %d GraphQL WebSocket(s) with 1001 (going away)", open.size());
        }
        open.forEach(connection -> UpgradedConnection.closeGoingAway(connection, GOING_AWAY,
                "The server is shutting down; reconnect"));
    }

    /** For tests and metrics: how many sockets are open. */
    public int count() {
        return open.size();
    }
}
