package io.worklane.domain.analytics;

import java.util.List;

/** A figure of each group: the number of items, or sum, avg, min or max of a numeric field. */
public record Metric(String function, String field) {
    public static final Metric COUNT = new Metric("count", null);
    public static final List<String> FUNCTIONS = List.of("sum", "avg", "min", "max");
    public static final List<String> FIELDS = List.of("estimateMinutes");

    /** How the metric is written: {@code count}, {@code sum:estimateMinutes}. */
    public String text() {
        return field == null ? function : function + ":" + field;
    }
}
