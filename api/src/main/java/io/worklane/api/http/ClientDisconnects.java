package io.worklane.api.http;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A client that closes its connection before the answer is not a server error: the request's work
 * ends as it would (a transaction in progress commits or rolls back as a whole), there is nobody to
 * answer, and it is logged at DEBUG, not as an ERROR with a stack trace by Quarkus's error handler.
 */
@ApplicationScoped
public class ClientDisconnects {
    private static final Logger LOG = Logger.getLogger(ClientDisconnects.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ClientDisconnects::whenGone);
    }

    private static void whenGone(RoutingContext context) {
        if (!clientLeft(context)) {
            context.next();
            return;
        }
        LOG.debugf("The client left before the answer to %s %s", context.request().method(), context.normalizedPath());
    }

    private static boolean clientLeft(RoutingContext context) {
        Throwable failure = context.failure();
        return failure instanceof HttpClosedException
                || failure instanceof VertxException && "Connection was closed".equals(failure.getMessage())
                || context.response().closed();
    }
}
