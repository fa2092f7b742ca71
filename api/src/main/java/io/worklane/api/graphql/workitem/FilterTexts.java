package io.worklane.api.graphql.workitem;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a GraphQL filter tree as the filter language's text, so that the tree and {@code where} go
 * through the one parser and the one SQL compilation: each and/or/not group becomes a parenthesised
 * group, each condition a comparison.
 */
final class FilterTexts {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");
    private static final Pattern BARE = Pattern.compile("-?\\d+(\\.\\d+)?|\\d{4}-\\d{2}-\\d{2}|(?i)today([+-]\\d{1,5}d)?"
            + "|[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IN", "CONTAINS", "IS", "EMPTY");

    private FilterTexts() {
    }

    /** The text of a nested filter; null when it sets none of where, condition, and, or, not. */
    static String of(WorkItemFilter f, String path) {
        List<String> parts = new ArrayList<>();
        if (f.where != null) {
            parts.add("(" + f.where + ")");
        }
        if (f.condition != null) {
            parts.add(condition(f.condition, path + ".condition"));
        }
        group(f.and, " AND ", path + ".and", parts);
        group(f.or, " OR ", path + ".or", parts);
        if (f.not != null) {
            parts.add("NOT " + required(f.not, path + ".not"));
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")";
    }

    private static void group(List<WorkItemFilter> filters, String glue, String path, List<String> parts) {
        if (filters == null || filters.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            texts.add(required(filters.get(i), path + "[" + i + "]"));
        }
        parts.add("(" + String.join(glue, texts) + ")");
    }

    private static String required(WorkItemFilter nested, String path) {
        if (nested == null || nested.hasFlatFields()) {
            throw refused(path, "a nested filter takes where, condition, and, or and not only; "
                    + "project, status, assignee, label, parent, updatedSince, q and type are for the top level");
        }
        String text = of(nested, path);
        if (text == null) {
            throw refused(path, "set where, condition, and, or or not");
        }
        return text;
    }

    private static String condition(FilterCondition c, String path) {
        if (!FIELD.matcher(c.field).matches()) {
            throw refused(path + ".field", "'" + c.field + "' is not a field name");
        }
        List<String> values = c.values == null ? List.of() : c.values;
        String op = c.op.spelling();
        if (c.op == FilterOperator.IS_EMPTY || c.op == FilterOperator.IS_NOT_EMPTY) {
            return c.field + " " + op;
        }
        if (c.op == FilterOperator.IN || c.op == FilterOperator.NOT_IN) {
            if (values.isEmpty()) {
                throw refused(path + ".values", op + " needs at least one value");
            }
            return c.field + " " + op + " (" + String.join(", ", values.stream().map(FilterTexts::value).toList()) + ")";
        }
        if (values.size() != 1) {
            throw refused(path + ".values", op + " takes exactly one value");
        }
        return c.field + " " + op + " " + value(values.get(0));
    }

    private static String value(String v) {
        boolean bare = BARE.matcher(v).matches() && !KEYWORDS.contains(v.toUpperCase(Locale.ROOT));
        return bare ? v : '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static DomainException refused(String path, String message) {
        return new DomainException(ErrorCode.INVALID_FILTER, path + ": " + message,
                List.of(new FieldError(path, "INVALID_FILTER", message)));
    }
}
