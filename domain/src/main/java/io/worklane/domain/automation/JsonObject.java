package io.worklane.domain.automation;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON object (as a Map from the API layer) for a trigger or an action, reporting every
 * problem into a shared {@link Validation} under its path, so a rule is refused once, with all errors.
 */
final class JsonObject {
    private final Map<String, ?> map;
    private final String path;
    private final Validation v;

    JsonObject(Map<String, ?> map, String path, Validation v) {
        this.map = map;
        this.path = path;
        this.v = v;
    }

    String path(String key) {
        return path + "." + key;
    }

    /** The "type" discriminator if it is one of {@code kinds}, else null with the error reported. */
    String kind(String what, List<String> kinds) {
        Object type = map.get("type");
        if (type == null) {
            v.add(new FieldError(path("type"), "REQUIRED", "is required; one of " + String.join(", ", kinds)));
        } else if (!(type instanceof String s) || !kinds.contains(s)) {
            v.add(new FieldError(path("type"), "UNKNOWN_TYPE",
                    "'" + type + "' is not " + what + " type; use one of " + String.join(", ", kinds)));
        } else {
            return s;
        }
        return null;
    }

    /** Refuses properties the type does not have: a typo must not silently widen a rule. */
    void only(String kind, String... keys) {
        List<String> allowed = List.of(keys);
        map.keySet().stream().filter(k -> !allowed.contains(k)).sorted().forEach(k -> v.add(new FieldError(path(k),
                "UNKNOWN_PROPERTY", "is not a property of " + kind + "; allowed: " + String.join(", ", allowed))));
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    Object raw(String key) {
        return map.get(key);
    }

    /** A text of {@code min}–{@code max} characters; with {@code min} 0 it may be absent (null). */
    String text(String key, int min, int max) {
        Object raw = map.get(key);
        if (raw != null && !(raw instanceof String)) {
            v.add(new FieldError(path(key), "INVALID_TYPE", "must be a text"));
            return null;
        }
        String value = raw == null ? null : ((String) raw).strip();
        int before = v.errors().size();
        v.text(value, path(key), min, max);
        return v.errors().size() == before ? value : null;
    }

    Integer integer(String key, int min, int max) {
        Long value = integral(map.get(key));
        if (!map.containsKey(key) || map.get(key) == null) {
            v.add(new FieldError(path(key), "REQUIRED", "is required"));
        } else if (value == null || value < min || value > max) {
            v.add(new FieldError(path(key), "OUT_OF_RANGE", "must be a whole number from " + min + " to " + max));
        } else {
            return value.intValue();
        }
        return null;
    }

    boolean bool(String key, boolean absent) {
        Object raw = map.get(key);
        if (raw != null && !(raw instanceof Boolean)) {
            v.add(new FieldError(path(key), "INVALID_TYPE", "must be true or false"));
        }
        return raw instanceof Boolean b ? b : absent;
    }

    /** A JSON number without a fraction (90 or 90.0), or null. */
    static Long integral(Object raw) {
        if (!(raw instanceof Number n)) {
            return null;
        }
        try {
            return new BigDecimal(n.toString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
