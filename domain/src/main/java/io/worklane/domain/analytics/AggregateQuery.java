package io.worklane.domain.analytics;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an aggregate groups by (at most two dimensions) and what it figures per group ({@code count} when
 * none is asked). A refusal names what is allowed: 400 INVALID_GROUP_BY or INVALID_METRIC.
 */
public record AggregateQuery(List<Dimension> groupBy, List<Metric> metrics) {
    public static final int MAX_DIMENSIONS = 2;
    public static final int MAX_METRICS = 10;

    /** Parses the comma-separated forms; {@code groupByPath} and {@code metricsPath} name the inputs in refusals. */
    public static AggregateQuery parse(String groupBy, String metrics, String groupByPath, String metricsPath) {
        List<String> dims = split(groupBy);
        if (dims.size() > MAX_DIMENSIONS) {
            throw refusal(ErrorCode.INVALID_GROUP_BY, groupByPath, "at most " + MAX_DIMENSIONS
                    + " dimensions are allowed, " + dims.size() + " were given (" + String.join(", ", dims) + ")");
        }
        if (new LinkedHashSet<>(dims).size() < dims.size()) {
            throw refusal(ErrorCode.INVALID_GROUP_BY, groupByPath, "a dimension is repeated: " + String.join(", ", dims));
        }
        List<String> figures = split(metrics);
        if (figures.size() > MAX_METRICS) {
            throw refusal(ErrorCode.INVALID_METRIC, metricsPath, "at most " + MAX_METRICS + " metrics are allowed");
        }
        List<Metric> parsed = figures.isEmpty() ? List.of(Metric.COUNT)
                : figures.stream().map(m -> metric(m, metricsPath)).toList();
        return new AggregateQuery(dims.stream().map(d -> dimension(d, groupByPath)).toList(), parsed);
    }

    private static Dimension dimension(String text, String path) {
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        if (colon < 0 && Dimension.FIELDS.contains(field)) {
            return new Dimension(field, null);
        }
        if (Dimension.DATE_FIELDS.contains(field)) {
            String unit = colon < 0 ? "" : text.substring(colon + 1);
            return new Dimension(field, Interval.parse(unit).orElseThrow(() -> refusal(ErrorCode.INVALID_GROUP_BY, path,
                    "'" + text + "': a date field is grouped by day, week or month, e.g. " + field + ":week")));
        }
        throw refusal(ErrorCode.INVALID_GROUP_BY, path, "unknown dimension '" + text + "'; allowed: "
                + String.join(", ", Dimension.FIELDS) + ", and " + String.join(", ", Dimension.DATE_FIELDS)
                + " with :day, :week or :month");
    }

    private static Metric metric(String text, String path) {
        if (text.equals("count")) {
            return Metric.COUNT;
        }
        int colon = text.indexOf(':');
        if (colon > 0 && Metric.FUNCTIONS.contains(text.substring(0, colon))
                && Metric.FIELDS.contains(text.substring(colon + 1))) {
            return new Metric(text.substring(0, colon), text.substring(colon + 1));
        }
        throw refusal(ErrorCode.INVALID_METRIC, path, "unknown metric '" + text + "'; allowed: count, or "
                + String.join("|", Metric.FUNCTIONS) + " of " + String.join(", ", Metric.FIELDS)
                + " (e.g. sum:estimateMinutes)");
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",", -1)) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    static DomainException refusal(ErrorCode code, String path, String message) {
        return new DomainException(code, path + ": " + message, List.of(new FieldError(path, code.name(), message)));
    }
}
