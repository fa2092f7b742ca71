package io.worklane.api.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.idempotency.RecordedResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The shapes of successful responses: 200 + ETag, 201 + Location + ETag (replayable), 200 + ETag of an
 * action (replayable), 204.
 */
@ApplicationScoped
public class RestResponses {
    private final ObjectMapper json;
    private final Idempotency idempotency;

    public RestResponses(ObjectMapper json, Idempotency idempotency) {
        this.json = json;
        this.idempotency = idempotency;
    }

    public <T> CompletionStage<Response> ok(Uni<T> result, Function<T, Object> toDto, Function<T, Long> version) {
        return result.map(r -> Response.ok(toDto.apply(r)).tag(unquoted(version.apply(r))).build())
                .subscribeAsCompletionStage();
    }

    public <T> CompletionStage<Response> list(Uni<T> result, Function<T, Object> toDto) {
        return result.map(r -> Response.ok(toDto.apply(r)).build()).subscribeAsCompletionStage();
    }

    public CompletionStage<Response> noContent(Uni<Void> result) {
        return result.map(v -> Response.noContent().build()).subscribeAsCompletionStage();
    }

    /**
     * A create: runs once per Idempotency-Key; the response (status, body, Location) is stored as
     * written and replayed byte for byte for the same request.
     */
    public <T> CompletionStage<Response> created(Caller caller, String idempotencyKey, String operation,
                                                 Object requestBody, java.util.function.Supplier<Uni<T>> useCase,
                                                 Function<T, Object> toDto, Function<T, String> location) {
        return idempotency.run(caller, idempotencyKey, operation, write(requestBody),
                        () -> useCase.get().map(r -> new RecordedResponse(201, write(toDto.apply(r)), location.apply(r))))
                .map(this::replay)
                .subscribeAsCompletionStage();
    }

    /**
     * An action on an object (approve, reject): 200 + the object + ETag, replayable per Idempotency-Key
     * like a create, so a retry after a lost response gets that response and not a refusal to act twice.
     */
    public <T> CompletionStage<Response> acted(Caller caller, String idempotencyKey, String operation,
                                               Object requestBody, java.util.function.Supplier<Uni<T>> useCase,
                                               Function<T, Object> toDto) {
        return idempotency.run(caller, idempotencyKey, operation, write(requestBody),
                        () -> useCase.get().map(r -> new RecordedResponse(200, write(toDto.apply(r)), null)))
                .map(this::replay)
                .subscribeAsCompletionStage();
    }

    /**
     * A POST whose status depends on the outcome (a bulk change: 200 done, 202 queued as a job), replayable
     * per Idempotency-Key like a create: {@code respond} says the status, body and Location to record.
     */
    public <T> CompletionStage<Response> recorded(Caller caller, String idempotencyKey, String operation,
                                                  Object requestBody, java.util.function.Supplier<Uni<T>> useCase,
                                                  Function<T, Recorded> respond) {
        return idempotency.run(caller, idempotencyKey, operation, write(requestBody), () -> useCase.get().map(r -> {
                    Recorded answer = respond.apply(r);
                    return new RecordedResponse(answer.status(), write(answer.body()), answer.location());
                }))
                .map(this::replay)
                .subscribeAsCompletionStage();
    }

    /** What to answer and record: a status, a body and a Location (null when none). */
    public record Recorded(int status, Object body, String location) {
    }

    private Response replay(RecordedResponse recorded) {
        Response.ResponseBuilder builder = Response.status(recorded.status()).entity(recorded.body())
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (recorded.location() != null) {
            builder.location(URI.create(recorded.location()));
        }
        try {
            long version = json.readTree(recorded.body()).path("version").asLong(0);
            return builder.tag(unquoted(version)).build();
        } catch (JsonProcessingException e) {
            return builder.build();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    /** Response.tag(String) adds the quotes itself. */
    private static String unquoted(Long version) {
        return String.valueOf(version);
    }
}
