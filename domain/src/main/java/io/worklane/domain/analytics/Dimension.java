package io.worklane.domain.analytics;

import java.util.List;

/**
 * One grouping of an aggregate: a field of the item, or a date field bucketed by an {@link Interval}
 * ({@code createdAt:week}). Items with several assignees or labels count once in each of theirs; an
 * item with none, or with no value, falls in the group whose key is null.
 */
public record Dimension(String field, Interval interval) {
    public static final List<String> FIELDS = List.of("status", "statusCategory", "priority", "type", "project",
            "phase", "assignee", "reporter", "label", "parent");
    public static final List<String> DATE_FIELDS = List.of("createdAt", "updatedAt", "completedAt", "startDate",
            "dueDate");

    /** How the dimension is written: {@code status}, {@code createdAt:week}. */
    public String text() {
        return interval == null ? field : field + ":" + interval.unit();
    }

    public boolean isDate() {
        return interval != null;
    }
}
