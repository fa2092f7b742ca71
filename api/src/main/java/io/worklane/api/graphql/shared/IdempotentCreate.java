package io.worklane.api.graphql.shared;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.idempotency.RecordedResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Create mutations with an {@code idempotencyKey} in their input. The request is the input as
 * canonical JSON (keys sorted, the key itself left out); the recorded response is the created
 * object's id, and a replay loads the object by that id, so it shows its current state.
 */
@ApplicationScoped
public class IdempotentCreate {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(JsonValue.class, new JsonValueSerializer()))
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();
    private final Idempotency idempotency;

    public IdempotentCreate(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    /**
     * @param mutation the mutation's name, e.g. "createWorkItem"
     * @param input    the mutation's input (its public fields), including {@code idempotencyKey}
     * @param reload   loads the object of a replayed request by its id
     */
    public <T> Uni<T> run(Caller caller, String key, String mutation, Object input, Supplier<Uni<T>> create,
                          Function<T, String> idOf, Function<String, Uni<T>> reload) {
        AtomicReference<T> created = new AtomicReference<>();
        return Uni.createFrom().deferred(() -> idempotency.run(caller, key, "graphql:" + mutation, canonical(input),
                        () -> create.get().invoke(created::set).map(t -> new RecordedResponse(200, idOf.apply(t), null))))
                .chain(response -> created.get() != null ? Uni.createFrom().item(created.get())
                        : reload.apply(response.body()));
    }

    static String canonical(Object input) {
        Map<String, Object> fields = CANONICAL.convertValue(input, TREE);
        fields.remove("idempotencyKey");
        try {
            return CANONICAL.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("input not serialisable", e);
        }
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<TreeMap<String, Object>> TREE =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };

    /** JSON scalar values by their content (numbers exact, maps sorted by the mapper), not their Java class. */
    static final class JsonValueSerializer extends JsonSerializer<JsonValue> {
        @Override
        public void serialize(JsonValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(JsonValues.toJava(value), gen);
        }
    }
}
