package io.worklane.api.graphql.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.idempotency.RecordedResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Mutations with an {@code idempotencyKey} whose answer is not one object to load again (a bulk change's
 * per-item results): the answer itself is recorded as JSON and a replay answers it as it was, as REST
 * replays the recorded body. The request is the input's canonical JSON, as for {@link IdempotentCreate}.
 */
@ApplicationScoped
public class IdempotentAnswer {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new SimpleModule()
                    .addSerializer(JsonValue.class, new IdempotentCreate.JsonValueSerializer())
                    .addDeserializer(JsonObject.class, new JsonObjectDeserializer()))
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false).build();
    private final Idempotency idempotency;

    public IdempotentAnswer(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    /** @param type the answer's type, read back from the recorded JSON on a replay */
    public <T> Uni<T> run(Caller caller, String key, String mutation, Object input, Supplier<Uni<T>> work,
                          Class<T> type) {
        return Uni.createFrom().deferred(() -> idempotency.run(caller, key, "graphql:" + mutation,
                        IdempotentCreate.canonical(input),
                        () -> work.get().map(answer -> new RecordedResponse(200, write(answer), null))))
                .map(response -> read(response.body(), type));
    }

    private static String write(Object answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded answer not readable", e);
        }
    }

    /** The JSON scalar (a job's result) read back from plain JSON. */
    private static final class JsonObjectDeserializer extends JsonDeserializer<JsonObject> {
        @Override
        @SuppressWarnings("unchecked")
        public JsonObject deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return JsonValues.toJson(p.readValueAs(Map.class));
        }
    }
}
