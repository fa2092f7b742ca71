package io.worklane.api.http;

import java.net.SocketException;

/**
 * Tells an unreachable database (503, retry later) and text PostgreSQL cannot store (400, the caller's
 * input; the edges refuse it first, this is the net under them) from a bug (500).
 */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /**
     * Whether the database could not be reached or dropped the connection: refused or reset, closed
     * under the request, or PostgreSQL refusing sessions while it stops or starts (a restart, a
     * failover). The request may be retried once the database is back. A write to a socket PostgreSQL has
     * just closed is a plain IOException ("Connection reset by peer"), no SocketException.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketException || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || (isVertxFailure(t) || t instanceof java.io.IOException) && mentionsConnection(t)
                    || t instanceof io.vertx.pgclient.PgException pg && unavailable(pg.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Vert.x reports a connection closing under a statement without a type of its own: "Connection is
     * not active now, current status: CLOSING" (a NoStackTraceThrowable, which is no VertxException),
     * "Fail to read any response from the server, the underlying connection might get lost".
     */
    private static boolean isVertxFailure(Throwable t) {
        return t instanceof io.vertx.core.VertxException || t instanceof io.vertx.core.impl.NoStackTraceThrowable;
    }

    private static boolean mentionsConnection(Throwable t) {
        return String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connection");
    }

    /**
     * Class 08 (connection exceptions), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
     * cannot_connect_now ("the database system is shutting down / starting up").
     */
    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }

    /** Whether PostgreSQL refused text of the request: a NUL character, or one its encoding cannot hold. */
    public static boolean isUnstorableText(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg
                    && ("22021".equals(pg.getSqlState()) || "22P05".equals(pg.getSqlState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
