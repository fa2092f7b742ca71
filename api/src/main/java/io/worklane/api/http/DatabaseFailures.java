package io.worklane.api.http;

import java.net.ConnectException;

/**
 * Tells an unreachable database (503, retry later) and text PostgreSQL cannot store (400, the caller's
 * input; the edges refuse it first, this is the net under them) from a bug (500).
 */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof io.vertx.core.VertxException
                    && String.valueOf(t.getMessage()).contains("Connection")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
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
