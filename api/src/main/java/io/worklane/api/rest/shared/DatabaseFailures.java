package io.worklane.api.rest.shared;

import java.net.ConnectException;

/** Tells an unreachable database (503, retry later) from a bug (500). */
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
}
