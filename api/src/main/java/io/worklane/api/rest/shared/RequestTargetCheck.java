package io.worklane.api.rest.shared;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * The first look at every request, REST and GraphQL alike, before routing and authentication: a
 * request target {@link RequestTargets} refuses, an Idempotency-Key no endpoint could accept, or a body
 * that does not say what it is (no Content-Type), gets its problem document here. The router never resolves a dot segment into another
 * resource, and no control character in a path or query reaches a use case or the database.
 */
@ApplicationScoped
public class RequestTargetCheck {
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            HttpServerRequest request = rc.request();
            var refusal = RequestTargets.judge(request.uri());
            if (refusal.isPresent()) {
                Problems.write(rc.response(), refusal.get().code(), refusal.get().detail(), refusal.get().errors(),
                        request.path());
                return;
            }
            String key = request.getHeader("Idempotency-Key");
            if (key != null && (key.isBlank() || key.length() > Idempotency.MAX_KEY_LENGTH)) {
                String message = "must be 1–" + Idempotency.MAX_KEY_LENGTH + " characters, such as a fresh UUID";
                Problems.write(rc.response(), ErrorCode.VALIDATION_FAILED, "Idempotency-Key: " + message + ".",
                        List.of(new FieldError("Idempotency-Key", "INVALID_VALUE", message)), request.path());
                return;
            }
            if (WITH_BODY.contains(request.method()) && request.getHeader("Content-Type") == null && hasBody(request)) {
                Problems.write(rc.response(), ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The request has a body but no "
                        + "Content-Type: send application/json (or application/merge-patch+json for PATCH).", List.of(),
                        request.path());
                return;
            }
            rc.next();
        });
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return request.getHeader("Transfer-Encoding") != null || length != null && !length.trim().equals("0");
    }
}
