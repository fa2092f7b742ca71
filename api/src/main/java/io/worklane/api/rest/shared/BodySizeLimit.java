package io.worklane.api.rest.shared;

import io.vertx.ext.web.Router;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a declared body over 1 MiB up front with a problem document (the HTTP layer's own limit,
 * quarkus.http.limits.max-body-size, still stops undeclared chunked bodies, without a body).
 */
@ApplicationScoped
public class BodySizeLimit {
    static final long MAX_BYTES = 1024 * 1024;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                rc.response().putHeader("Connection", "close");
                Problems.write(rc.response(), ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB.",
                        rc.request().path());
                return;
            }
            rc.next();
        });
    }

    private static boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
