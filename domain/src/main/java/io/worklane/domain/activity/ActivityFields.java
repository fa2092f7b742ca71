package io.worklane.domain.activity;

import io.worklane.domain.workitem.WorkItem;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A work item's recorded fields as JSON values, in the order entries list them: ids as strings, dates as
 * YYYY-MM-DD, enumerations by name, each custom field as {@code customFields.<key>}.
 */
final class ActivityFields {
    static final String CUSTOM = "customFields.";

    private ActivityFields() {
    }

    /** Every field, null ones included, so two items compare field by field. */
    static Map<String, Object> of(WorkItem w) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("key", w.key()); // changes only when the item moves to another project (ADR 0082)
        f.put("title", w.title());
        f.put("description", w.description());
        f.put(ActivityEntry.STATUS, w.status());
        f.put("priority", name(w.priority()));
        f.put("type", name(w.type()));
        f.put("assignees", w.assigneeIds().stream().map(ActivityFields::id).toList());
        f.put("reporter", id(w.reporterId()));
        f.put("parent", id(w.parentId()));
        f.put("startDate", w.startDate() == null ? null : w.startDate().toString());
        f.put("dueDate", w.dueDate() == null ? null : w.dueDate().toString());
        f.put("estimateMinutes", w.estimateMinutes());
        f.put("phase", id(w.phaseId()));
        f.put("team", id(w.teamId()));
        f.put("startNoEarlierThan", w.startNoEarlierThan() == null ? null : w.startNoEarlierThan().toString());
        f.put("finishNoLaterThan", w.finishNoLaterThan() == null ? null : w.finishNoLaterThan().toString());
        f.put("labels", List.copyOf(w.labels()));
        new TreeMap<>(w.customFields()).forEach((key, value) -> f.put(CUSTOM + key, value));
        return f;
    }

    /** The item as created or deleted: its key and the fields that have a value. */
    static Map<String, Object> snapshot(WorkItem w) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", w.key());
        of(w).forEach((field, value) -> {
            if (value != null) {
                s.put(field, value);
            }
        });
        return s;
    }

    /**
     * JSON equality: numbers by value (5 read back from jsonb equals the decimal 5.0 a patch brought),
     * lists in order, maps by key.
     */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            return y.stream().allMatch(v -> same(i.next(), v));
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
        }
        return Objects.equals(a, b);
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
