package io.worklane.api.application.event;

/**
 * The connection a live subscriber holds open (a WebSocket), as the application sees it: something it
 * can end, with a reason, when the subscriber's access ends.
 */
public interface LiveConnection {
    /** Ends the connection: the subscriber has lost access (graphql-transport-ws close code 4403). */
    void endForbidden(String reason);

    /** For subscriptions outside a connection that can be ended (tests calling the service directly). */
    LiveConnection NONE = reason -> {
    };
}
