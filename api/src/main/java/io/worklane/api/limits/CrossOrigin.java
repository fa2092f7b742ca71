package io.worklane.api.limits;

import io.worklane.api.rest.shared.Problems;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.worklane.api.config.LimitsConfig;
import io.worklane.domain.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CORS for front ends served from other origins (ADR 13). Off unless WORKLANE_CORS_ORIGINS lists
 * exact origins; then a request from a listed origin gets {@code Access-Control-Allow-Origin} and the
 * exposed headers, and its preflight is answered here, before authentication (browsers send no key
 * with a preflight). A preflight from any other origin is 403 problem+json; other requests from it
 * get no CORS headers, so the browser withholds the response. Bearer keys, not cookies: no credentials
 * mode. Quarkus's own CORS filter stays off (it refuses unlisted origins with an empty 403, even
 * same-site ones behind a TLS proxy).
 */
@ApplicationScoped
public class CrossOrigin {
    static final String METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
    static final String HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match";
    static final String EXPOSED = "ETag, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After";
    /** Seconds a browser may reuse a preflight (Chromium caps it at two hours). */
    static final String MAX_AGE = "7200";
    private final Set<String> origins;

    CrossOrigin(LimitsConfig config) {
        this.origins = AllowedOrigins.parse(config.cors().origins().orElse(List.of()));
    }

    /** Runs first of all, so that every response to a listed origin, refusals included, is readable by it. */
    void install(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        if (origin == null) {
            context.next();
            return;
        }
        boolean allowed = origins.contains(origin.toLowerCase(Locale.ROOT));
        HttpServerResponse response = context.response();
        if (!origins.isEmpty()) {
            response.headers().add("Vary", "Origin");
        }
        if (isPreflight(context.request())) {
            if (allowed) {
                response.setStatusCode(204)
                        .putHeader("Access-Control-Allow-Origin", origin)
                        .putHeader("Access-Control-Allow-Methods", METHODS)
                        .putHeader("Access-Control-Allow-Headers", HEADERS)
                        .putHeader("Access-Control-Max-Age", MAX_AGE)
                        .end();
            } else {
                refuse(context, origin);
            }
            return;
        }
        if (allowed) {
            response.putHeader("Access-Control-Allow-Origin", origin).putHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        context.next();
    }

    static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    private static void refuse(RoutingContext context, String origin) {
        Problems.write(context.response(), ErrorCode.FORBIDDEN, "Cross-origin requests from " + origin
                + " are not allowed. The server's WORKLANE_CORS_ORIGINS lists the origins that are.",
                context.request().path());
    }
}
