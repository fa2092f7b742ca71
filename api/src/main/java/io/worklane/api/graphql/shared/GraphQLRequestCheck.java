package io.worklane.api.graphql.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.worklane.api.http.JsonTextCheck;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every GraphQL request is read here first (POST /graphql, after authentication and rate limiting, before
 * SmallRye), so that what SmallRye would fail on with a bare 500 or an error without a code is refused in
 * the usual error shape: a body that is not one JSON object (a batch, malformed or trailing JSON, nesting
 * past {@link #MAX_NESTING}, NUL or a lone surrogate anywhere), {@code query} missing or not a string,
 * {@code variables}, {@code operationName} or {@code extensions} of the wrong type (400); a document with a
 * syntax error, or a NUL or lone surrogate in one of its string literals (200, as validation errors are).
 */
@ApplicationScoped
public class GraphQLRequestCheck {
    /** The endpoint of API.md (quarkus.smallrye-graphql.root-path). */
    static final String PATH = "/graphql";
    /** The request body limit of API.md, as the HTTP layer enforces it. */
    private static final long MAX_BODY = 1024 * 1024;
    /** Below the 1,000 levels at which SmallRye's own JSON reader fails. */
    static final int MAX_NESTING = 500;
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .inputDecorator(new JsonTextCheck()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    void install(@Observes Router router) {
        router.post(PATH).order(-1)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .handler(GraphQLRequestCheck::check);
    }

    private static void check(RoutingContext context) {
        Buffer body = context.body().buffer();
        String type = String.valueOf(context.request().getHeader("Content-Type")).toLowerCase();
        Optional<Refusal> refusal;
        if (type.startsWith("application/graphql")) {
            refusal = GraphQLDocuments.judge(body == null ? "" : body.toString());
        } else if (!type.startsWith("application/json")) {
            refusal = Optional.of(Refusal.request(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "content-type", "UNSUPPORTED_MEDIA_TYPE",
                    "Send the operation as application/json: {\"query\": …, \"variables\": {…}}."));
        } else {
            refusal = judgeJson(body);
        }
        if (refusal.isPresent()) {
            WorklaneError error = new WorklaneError(refusal.get().code().name(), refusal.get().message(),
                    List.of(refusal.get().error()), null, null);
            context.response().setStatusCode(refusal.get().status()).putHeader("Content-Type", "application/json")
                    .end(Json.encode(Map.of("errors", List.of(error.toSpecification()))));
            return;
        }
        context.next();
    }

    private static Optional<Refusal> judgeJson(Buffer body) {
        if (body == null || body.length() == 0) {
            return Optional.of(Refusal.request("body", "REQUIRED", "The request has no body: send {\"query\": …}."));
        }
        if (firstNonBlank(body) == '[') {
            return Optional.of(Refusal.request("query", "BATCH_NOT_SUPPORTED", "Batched operations (a JSON array) are "
                    + "not supported: send one operation per request, as {\"query\": …, \"variables\": …}."));
        }
        JsonNode request;
        try {
            request = JSON.readTree(body.getBytes());
        } catch (JsonTextCheck.InvalidText e) {
            return Optional.of(Refusal.request("body", "INVALID_CHARACTERS", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            return Optional.of(Refusal.request(ErrorCode.MALFORMED_JSON, "body", "MALFORMED_JSON", "The request body is "
                    + "not one well-formed JSON object (nested at most " + MAX_NESTING + " levels)."));
        } catch (IOException e) {
            return Optional.of(Refusal.request(ErrorCode.MALFORMED_JSON, "body", "MALFORMED_JSON", "The request body "
                    + "could not be read as JSON."));
        }
        if (request == null || !request.isObject()) {
            return Optional.of(Refusal.request("body", "INVALID_TYPE", "The request must be a JSON object: "
                    + "{\"query\": …, \"variables\": {…}, \"operationName\": …}."));
        }
        if (!request.path("query").isTextual()) {
            return Optional.of(Refusal.request("query", request.has("query") ? "INVALID_TYPE" : "REQUIRED",
                    "query must be the GraphQL document, as a string."));
        }
        for (String field : List.of("variables", "extensions")) {
            JsonNode value = request.get(field);
            if (value != null && !value.isNull() && !value.isObject()) {
                return Optional.of(Refusal.request(field, "INVALID_TYPE", field + " must be a JSON object (or absent)."));
            }
        }
        JsonNode name = request.get("operationName");
        if (name != null && !name.isNull() && !name.isTextual()) {
            return Optional.of(Refusal.request("operationName", "INVALID_TYPE", "operationName must be a string."));
        }
        return GraphQLDocuments.judge(request.get("query").asText());
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

    /** Why a request is refused, and with which HTTP status. */
    record Refusal(int status, ErrorCode code, FieldError error) {
        String message() {
            return error.message();
        }

        static Refusal request(String field, String code, String message) {
            return request(ErrorCode.VALIDATION_FAILED, field, code, message);
        }

        static Refusal request(ErrorCode code, String field, String fieldCode, String message) {
            return new Refusal(code == ErrorCode.UNSUPPORTED_MEDIA_TYPE ? 415 : 400, code,
                    new FieldError(field, fieldCode, message));
        }

        static Refusal document(String code, String message) {
            return new Refusal(200, ErrorCode.VALIDATION_FAILED, new FieldError("query", code, message));
        }
    }

    /**
     * The GraphQL document itself: it parses, and its string literals hold text. Documents found sound are
     * remembered (front ends send the same few again and again), so that each is parsed here once, not on
     * every request: a bounded set, forgotten whole when full, of documents short enough to be worth keeping.
     */
    static final class GraphQLDocuments {
        private static final int REMEMBERED = 1_000;
        private static final int LONGEST_REMEMBERED = 16 * 1024;
        private static final Set<String> SOUND = ConcurrentHashMap.newKeySet();

        private GraphQLDocuments() {
        }

        static Optional<Refusal> judge(String query) {
            if (SOUND.contains(query)) {
                return Optional.empty();
            }
            Optional<Refusal> refusal = parsed(query);
            if (refusal.isEmpty() && query.length() <= LONGEST_REMEMBERED) {
                if (SOUND.size() >= REMEMBERED) {
                    SOUND.clear();
                }
                SOUND.add(query);
            }
            return refusal;
        }

        private static Optional<Refusal> parsed(String query) {
            if (query.isBlank()) {
                return Optional.of(Refusal.request("query", "REQUIRED", "query is empty: send a GraphQL document."));
            }
            Document document;
            try {
                document = Parser.parse(query);
            } catch (InvalidSyntaxException e) {
                return Optional.of(Refusal.document("INVALID_SYNTAX", e.getMessage()));
            }
            return StringLiterals.firstInvalid(document).map(where -> Refusal.document("INVALID_CHARACTERS",
                    "A string in the document " + where + " holds a NUL character or a lone surrogate, which is not text."));
        }
    }
}
