package io.worklane.domain.workitem;

import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order of a work item list: up to five keys, each ascending or descending ({@code -}), written as
 * {@code priority,-dueDate,customFields.cost}. Every order ends with the id (in the last key's
 * direction), so ties never make a page skip or repeat an item; empty values come last in either
 * direction (ADR 0052).
 */
public record WorkItemSort(List<Key> keys) {
    public static final int MAX_KEYS = 5;
    /** The fields a list sorts by (beside {@code customFields.<key>}), in a stable order. */
    public static final List<String> FIELDS = List.of("createdAt", "updatedAt", "completedAt", "startDate", "dueDate",
            "key", "title", "type", "status", "priority", "project", "estimateMinutes", "rank");
    public static final WorkItemSort CREATED_ASC = of("createdAt");
    public static final WorkItemSort CREATED_DESC = of("-createdAt");
    public static final WorkItemSort UPDATED_ASC = of("updatedAt");
    public static final WorkItemSort UPDATED_DESC = of("-updatedAt");

    /** One key: a field of {@link #FIELDS} or {@code customFields.<key>}, and its direction. */
    public record Key(String field, boolean descending) {
        public boolean isCustom() {
            return field.startsWith(FilterFields.CUSTOM_PREFIX);
        }

        public String customKey() {
            return field.substring(FilterFields.CUSTOM_PREFIX.length());
        }

        String token() {
            return (descending ? "-" : "") + field;
        }
    }

    public WorkItemSort {
        keys = List.copyOf(keys);
    }

    /** The default, newest first, for a null token. */
    public static WorkItemSort parse(String token) {
        if (token == null) {
            return CREATED_DESC;
        }
        return of(token);
    }

    private static WorkItemSort of(String token) {
        String[] parts = token.split(",", -1);
        if (parts.length > MAX_KEYS) {
            throw refused("has " + parts.length + " keys; at most " + MAX_KEYS + " are allowed");
        }
        List<Key> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : parts) {
            String part = raw;
            boolean descending = part.startsWith("-");
            String field = canonical(descending ? part.substring(1) : part);
            if (field == null) {
                throw refused("'" + part + "' is not a sort key; use " + String.join(", ", FIELDS)
                        + " or customFields.<key>, each with - for descending, separated by commas");
            }
            if (!seen.add(field)) {
                throw refused("'" + field + "' is named twice");
            }
            keys.add(new Key(field, descending));
        }
        return new WorkItemSort(keys);
    }

    /** The field if spelled as in {@link #FIELDS} or {@code customFields.<valid key>}, else null. */
    private static String canonical(String name) {
        if (name.startsWith(FilterFields.CUSTOM_PREFIX)) {
            return FilterFields.isCustomKey(name.substring(FilterFields.CUSTOM_PREFIX.length())) ? name : null;
        }
        return FIELDS.contains(name) ? name : null;
    }

    private static DomainException refused(String why) {
        return DomainException.validation(List.of(new FieldError("sort", "INVALID_SORT", "sort " + why)));
    }

    /** The canonical text, which cursors carry: a cursor of one order is refused by another. */
    public String token() {
        return keys.stream().map(Key::token).collect(Collectors.joining(","));
    }

    /** The custom field keys the order names (checked against the workspace's definitions). */
    public List<String> customKeys() {
        return keys.stream().filter(Key::isCustom).map(Key::customKey).toList();
    }

    /** The direction of the id that ends the order: the last key's. */
    public boolean descending() {
        return keys.get(keys.size() - 1).descending();
    }
}
