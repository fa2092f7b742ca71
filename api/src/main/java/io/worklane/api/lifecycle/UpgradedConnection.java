package io.worklane.api.lifecycle;

import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.net.impl.ConnectionBase;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * What Vert.x 4 and Quarkus keep to themselves about an upgraded connection, reached through their
 * internals in this one place: the WebSocket behind a connection (SmallRye GraphQL keeps it private,
 * and closing the connection sends status 1000, not 1001), the end of the connection (its one close
 * handler may belong to Quarkus), and Quarkus's "request done" (which drives its graceful shutdown).
 * If an upgrade of either moves them, the fallbacks are a plain close and a logged warning, and
 * GracefulShutdownIT, which checks the 1001 and the stop, fails.
 */
final class UpgradedConnection {
    private static final Logger LOG = Logger.getLogger(UpgradedConnection.class);
    private static final Field WEB_SOCKET = field("io.vertx.core.http.impl.Http1xConnectionBase", "webSocket");
    private static final Method REQUEST_DONE = method(QuarkusRequestWrapper.class, "done");

    private UpgradedConnection() {
    }

    static void closeGoingAway(HttpConnection connection, short status, String reason) {
        WebSocketBase socket = webSocketOf(connection);
        if (socket != null) {
            socket.close(status, reason);
        } else {
            connection.close();
        }
    }

    /** Runs {@code action} once the connection's channel is closed, beside any close handler it has. */
    static void whenClosed(HttpConnection connection, Runnable action) {
        if (connection instanceof ConnectionBase base) {
            base.channel().closeFuture().addListener(closed -> action.run());
        }
    }

    /** Ends the request in Quarkus's count of requests in flight (what its graceful shutdown waits for). */
    static void notInFlight(HttpServerRequest request) {
        if (REQUEST_DONE == null) {
            return;
        }
        try {
            REQUEST_DONE.invoke(QuarkusRequestWrapper.get(request));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Could not take an upgrade out of the requests in flight: %s", e);
        }
    }

    private static WebSocketBase webSocketOf(HttpConnection connection) {
        if (WEB_SOCKET == null || !WEB_SOCKET.getDeclaringClass().isInstance(connection)) {
            return null;
        }
        try {
            return WEB_SOCKET.get(connection) instanceof WebSocketBase socket ? socket : null;
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Field field(String className, String name) {
        try {
            Field field = Class.forName(className).getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("WebSockets will be closed without status 1001 on shutdown (%s)", e.toString());
            return null;
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            Method method = type.getDeclaredMethod(name);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("A served WebSocket will hold the graceful shutdown until its timeout (%s)", e.toString());
            return null;
        }
    }
}
