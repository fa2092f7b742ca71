package io.worklane.api.graphql.event;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;
import io.worklane.api.application.event.LiveConnection;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * The WebSocket a subscription arrived on, endable with graphql-transport-ws's 4403 (Forbidden) and a
 * reason. SmallRye GraphQL keeps the socket to itself; the upgrade request (the routing context of the
 * subscription) still knows its connection, whose channel takes the close frame and then closes, which
 * SmallRye sees as the client leaving: it cancels the connection's subscriptions.
 */
final class WebSocketConnection implements LiveConnection {
    private static final Logger LOG = Logger.getLogger(WebSocketConnection.class);
    /** A close frame's reason holds at most 123 bytes. */
    private static final int MAX_REASON = 123;
    static final int FORBIDDEN = 4403;

    private final HttpConnection connection;

    private WebSocketConnection(HttpConnection connection) {
        this.connection = connection;
    }

    static LiveConnection of(RoutingContext upgrade) {
        if (upgrade == null || upgrade.request() == null || upgrade.request().connection() == null) {
            return LiveConnection.NONE;
        }
        return new WebSocketConnection(upgrade.request().connection());
    }

    @Override
    public void endForbidden(String reason) {
        if (!(connection instanceof io.vertx.core.net.impl.ConnectionBase base)) {
            LOG.warnf("Cannot end a live connection of type %s; closing it without a reason", connection.getClass());
            connection.close();
            return;
        }
        Channel channel = base.channel();
        channel.writeAndFlush(new CloseWebSocketFrame(FORBIDDEN, truncated(reason))).addListener(ChannelFutureListener.CLOSE);
    }

    private static String truncated(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON) {
            return reason;
        }
        String cut = reason.substring(0, Math.min(reason.length(), MAX_REASON));
        while (cut.getBytes(StandardCharsets.UTF_8).length > MAX_REASON) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
