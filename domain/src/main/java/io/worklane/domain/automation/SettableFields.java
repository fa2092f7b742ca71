package io.worklane.domain.automation;

import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.Priority;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Policy: which fields a SET_FIELD action may set and what values they take. Built-in fields are
 * checked and typed here, with the bounds work items enforce; custom field values depend on the
 * project's definitions and are checked when the action runs.
 */
final class SettableFields {
    static final List<String> BUILT_IN =
            List.of("title", "description", "priority", "dueDate", "startDate", "estimateMinutes", "labels");
    private static final long MAX_ESTIMATE = 10_000_000L;
    private static final int MAX_LABELS = 20;

    private SettableFields() {
    }

    /** The value typed for {@code field}, or null with the error reported under {@code path}. */
    static Object value(String field, Object raw, String path, Validation v) {
        int before = v.errors().size();
        Object typed = switch (field) {
            case "title" -> text(raw, path, 1, 500, v);
            case "description" -> raw == null ? null : text(raw, path, 0, 100_000, v);
            case "priority" -> priority(raw, path, v);
            case "dueDate", "startDate" -> raw == null ? null : date(raw, path, v);
            case "estimateMinutes" -> raw == null ? null : estimate(raw, path, v);
            case "labels" -> labels(raw, path, v);
            default -> raw; // a custom field
        };
        return v.errors().size() == before ? typed : null;
    }

    static boolean isSettable(String field) {
        return BUILT_IN.contains(field) || field.startsWith(FilterFields.CUSTOM_PREFIX) && FilterFields.isKnown(field);
    }

    private static String text(Object raw, String path, int min, int max, Validation v) {
        if (!(raw instanceof String s)) {
            v.add(new FieldError(path, "INVALID_VALUE", "must be a text of " + min + "–" + max + " characters"));
            return null;
        }
        v.text(s.strip(), path, min, max);
        return s.strip();
    }

    private static Priority priority(Object raw, String path, Validation v) {
        for (Priority p : Priority.values()) {
            if (p.name().equals(raw)) {
                return p;
            }
        }
        v.add(new FieldError(path, "INVALID_VALUE", "must be one of " + Arrays.toString(Priority.values())));
        return null;
    }

    private static LocalDate date(Object raw, String path, Validation v) {
        try {
            if (raw instanceof String s) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        v.add(new FieldError(path, "INVALID_VALUE", "must be a date YYYY-MM-DD, or null to clear it"));
        return null;
    }

    private static Long estimate(Object raw, String path, Validation v) {
        Long minutes = JsonObject.integral(raw);
        v.require(minutes != null && minutes >= 0 && minutes <= MAX_ESTIMATE, path, "INVALID_VALUE",
                "must be a whole number of minutes from 0 to " + MAX_ESTIMATE + ", or null to clear it");
        return minutes;
    }

    private static List<String> labels(Object raw, String path, Validation v) {
        if (!(raw instanceof List<?> list) || list.size() > MAX_LABELS) {
            v.add(new FieldError(path, "INVALID_VALUE", "must be a list of at most " + MAX_LABELS + " labels; [] clears them"));
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            labels.add(text(list.get(i), path + "[" + i + "]", 1, 50, v));
        }
        v.require(new HashSet<>(labels).size() == labels.size(), path, "DUPLICATE", "must not repeat a label");
        return List.copyOf(labels.contains(null) ? List.of() : labels);
    }
}
