package io.worklane.domain.analytics;

import java.util.List;

/**
 * The groups of an aggregate in key order (nulls last): each group's keys (one per dimension, as text;
 * null for "none") and values (one per metric; null when no item of the group has the field).
 * {@code truncated}: more groups than {@link #MAX_GROUPS} exist, only the first are here.
 */
public record AggregateResult(List<String> groupBy, List<String> metrics, List<Group> groups, boolean truncated) {
    public static final int MAX_GROUPS = 2000;

    public record Group(List<String> keys, List<Number> values) {
    }
}
