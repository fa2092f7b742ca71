package io.worklane.api.graphql.shared;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * One operation per request: a batch (a JSON array of operations) would multiply every per-request
 * limit, so it is refused with 400 and a VALIDATION_FAILED error ({@code BATCH_NOT_SUPPORTED} on the
 * field {@code query}) in the usual GraphQL error shape, instead of SmallRye's uncoded answer. Runs on
 * {@code POST /graphql} after authentication and rate limiting, before SmallRye's handler.
 */
@ApplicationScoped
public class SingleOperations {
    /** The endpoint of API.md (quarkus.smallrye-graphql.root-path). */
    static final String PATH = "/graphql";
    /** The request body limit of API.md, as the HTTP layer enforces it. */
    private static final long MAX_BODY = 1024 * 1024;

    void install(@Observes Router router) {
        router.post(PATH).order(-1)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .handler(SingleOperations::refuseBatches);
    }

    private static void refuseBatches(RoutingContext context) {
        Buffer body = context.body().buffer();
        if (body != null && firstNonBlank(body) == '[') {
            WorklaneError error = ErrorTranslation.queryRefused("BATCH_NOT_SUPPORTED", "Batched operations (a JSON "
                    + "array) are not supported: send one operation per request, as {\"query\": …, \"variables\": …}.");
            context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                    .end(Json.encode(Map.of("errors", List.of(error.toSpecification()))));
            return;
        }
        context.next();
    }

    private static int firstNonBlank(Buffer body) {
        for (int i = 0; i < body.length(); i++) {
            byte b = body.getByte(i);
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }
}
