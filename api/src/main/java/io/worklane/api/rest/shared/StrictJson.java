package io.worklane.api.rest.shared;

import io.worklane.api.http.JsonTextCheck;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How request bodies are read, for every endpoint at once: one JSON document and nothing after it
 * ({@code {} x} is malformed, not {@code {}}); no null inside a list ({@code "skills": [null]} is
 * refused under {@code skills[0]}, never handed to a use case); decimals in untyped bodies (merge
 * patches) as BigDecimal, so {@code 1e400} is a number too big for its field, not an infinite double;
 * and no NUL or lone surrogate in any text ({@link JsonTextCheck}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        mapper.getFactory().setInputDecorator(new JsonTextCheck());
    }
}
