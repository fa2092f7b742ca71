package io.worklane.api.graphql.shared;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code JSON} scalar (custom field values) ↔ the plain JSON types the domain validates:
 * strings, exact decimals (never doubles), booleans, lists and maps.
 */
public final class JsonValues {
    private JsonValues() {
    }

    public static JsonObject toJson(Map<String, Object> values) {
        return Json.createObjectBuilder(values).build();
    }

    /** Any plain JSON value (string, number, boolean, list, map) as the JSON scalar; null stays null. */
    public static JsonValue toJsonValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return Json.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number n) {
            return Json.createValue(new java.math.BigDecimal(n.toString()));
        }
        if (value instanceof java.util.Collection<?> c) {
            return Json.createArrayBuilder(c).build();
        }
        if (value instanceof Map<?, ?> m) {
            return Json.createObjectBuilder(stringKeys(m)).build();
        }
        return Json.createValue(value.toString());
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Keeps keys whose value is JSON null: in an update they remove that field's value. */
    public static Map<String, Object> toMap(JsonObject object) {
        if (object == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, toJava(value)));
        return map;
    }

    public static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> ((JsonArray) value).stream().map(JsonValues::toJava).toList();
            case OBJECT -> toMap((JsonObject) value);
        };
    }
}
