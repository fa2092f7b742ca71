package io.worklane.persistence.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** jsonb columns as text, read back with decimals kept exact (never through a double). */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value not serialisable to JSON", e);
        }
    }

    public static List<String> stringList(String json) {
        if ("[]".equals(json)) {
            return new java.util.ArrayList<>(); // most rows: no parser for an empty list
        }
        return read(json, new TypeReference<List<String>>() { });
    }

    /** Any JSON value: a string, a number, a boolean, a list, a map or null. */
    public static Object value(String json) {
        return json == null ? null : read(json, new TypeReference<Object>() { });
    }

    public static Map<String, Object> map(String json) {
        if ("{}".equals(json)) {
            return new java.util.LinkedHashMap<>(); // most rows: no parser for an empty map
        }
        return read(json, new TypeReference<Map<String, Object>>() { });
    }

    /** A JSON array of objects, such as an approval's decisions or a rule's actions. */
    public static List<Map<String, Object>> objects(String json) {
        return read(json, new TypeReference<List<Map<String, Object>>>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
