package io.worklane.api.rest.shared;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a JSON Merge Patch (RFC 7396) into typed changes: absent = unchanged, null = clear.
 * Unknown fields and wrong types are collected and refused together, before anything is changed.
 */
public final class MergePatch {
    private final Map<String, Object> body;
    private final List<FieldError> errors = new ArrayList<>();

    private MergePatch(Map<String, Object> body) {
        this.body = body;
    }

    @SuppressWarnings("unchecked")
    public static MergePatch of(Map<?, ?> body, Set<String> allowed) {
        MergePatch patch = new MergePatch(body == null ? Map.of() : (Map<String, Object>) body);
        patch.body.keySet().stream().filter(k -> !allowed.contains(k)).sorted().forEach(k -> patch.errors.add(
                new FieldError(k, "UNKNOWN_FIELD", "cannot be changed here; changeable fields: " + new java.util.TreeSet<>(allowed))));
        return patch;
    }

    public Change<String> text(String field) {
        return read(field, String.class, v -> v, "a string");
    }

    /** A field that may be changed but not cleared. */
    public Change<String> requiredText(String field) {
        Change<String> change = text(field);
        return notNull(field, change);
    }

    public Change<Long> integer(String field) {
        return read(field, Number.class, v -> v instanceof Integer || v instanceof Long ? v.longValue() : null,
                "an integer");
    }

    public Change<Boolean> bool(String field) {
        return notNull(field, read(field, Boolean.class, v -> v, "true or false"));
    }

    public Change<UUID> uuid(String field) {
        return read(field, String.class, Ids::parseOrNull, "a UUID");
    }

    public Change<LocalDate> date(String field) {
        return read(field, String.class, v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return null;
            }
        }, "a date (YYYY-MM-DD)");
    }

    public <E extends Enum<E>> Change<E> enumValue(String field, Class<E> type) {
        return notNull(field, nullableEnum(field, type));
    }

    /** An enumeration that may be cleared (null). */
    public <E extends Enum<E>> Change<E> nullableEnum(String field, Class<E> type) {
        return read(field, String.class, v -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(v)) {
                    return constant;
                }
            }
            return null;
        }, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    public Change<List<String>> strings(String field) {
        return read(field, List.class, v -> v.stream().allMatch(String.class::isInstance) ? (List<String>) v : null,
                "a list of strings");
    }

    public Change<List<UUID>> uuids(String field) {
        return read(field, List.class, v -> {
            List<UUID> ids = v.stream().map(o -> o instanceof String s ? Ids.parseOrNull(s) : null).toList();
            return ids.contains(null) ? null : ids;
        }, "a list of UUIDs");
    }

    @SuppressWarnings("unchecked")
    public Change<Map<String, Object>> object(String field) {
        return read(field, Map.class, v -> (Map<String, Object>) v, "a JSON object");
    }

    @SuppressWarnings("unchecked")
    public Change<List<Map<String, Object>>> objects(String field) {
        return read(field, List.class, v -> v.stream().allMatch(Map.class::isInstance) ? (List<Map<String, Object>>) v
                : null, "a list of JSON objects");
    }

    /** A list of objects that may be replaced but not cleared: {@code []} empties it, null is refused. */
    public Change<List<Map<String, Object>>> requiredObjects(String field) {
        return notNull(field, objects(field));
    }

    /** Refuses the patch if any field was unknown or of the wrong type. */
    public void check() {
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
    }

    private <T> Change<T> notNull(String field, Change<T> change) {
        if (change.present() && change.value() == null && body.get(field) == null && body.containsKey(field)) {
            errors.add(new FieldError(field, "REQUIRED", "cannot be cleared (null)"));
        }
        return change;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <R, T> Change<T> read(String field, Class<R> raw, java.util.function.Function<R, T> convert, String what) {
        if (!body.containsKey(field)) {
            return Change.absent();
        }
        Object value = body.get(field);
        if (value == null) {
            return Change.to(null);
        }
        T converted = raw.isInstance(value) ? convert.apply((R) value) : null;
        if (converted == null) {
            errors.add(new FieldError(field, "INVALID_TYPE", "must be " + what));
            return Change.absent();
        }
        return Change.to(converted);
    }
}
