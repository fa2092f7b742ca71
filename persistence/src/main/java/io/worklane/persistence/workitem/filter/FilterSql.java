package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.filter.Node;
import io.worklane.domain.filter.Operator;
import io.worklane.persistence.shared.Params;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Compiles a filter expression into one parameterised SQL condition over {@code work_items w} joined
 * with {@code projects p}. It keeps the evaluator's meaning exactly (ADR 0050): every comparison is
 * false on an empty value, {@code !=}, {@code NOT IN} and {@code IS NOT EMPTY} are the negations of
 * {@code =}, {@code IN} and {@code IS EMPTY}, and a list matches when any entry does. No value is ever
 * spliced into the text: values are parameters, field names come from a fixed table.
 */
public final class FilterSql {
    private final Scope scope;

    /** What a compiled condition is relative to: the workspace, the caller (for {@code me}) and today. */
    public record Scope(Params params, UUID workspaceId, UUID me, LocalDate today) {
    }

    private FilterSql(Scope scope) {
        this.scope = scope;
    }

    public static String compile(FilterExpression filter, Scope scope) {
        return new FilterSql(scope).node(filter.root());
    }

    private String node(Node node) {
        if (node instanceof Node.All all) {
            return join(all.parts(), " AND ");
        }
        if (node instanceof Node.Any any) {
            return join(any.parts(), " OR ");
        }
        if (node instanceof Node.Not not) {
            return "NOT " + node(not.inner());
        }
        return predicate((Node.Predicate) node);
    }

    private String join(List<Node> parts, String glue) {
        return parts.stream().map(this::node).collect(Collectors.joining(glue, "(", ")"));
    }

    private String predicate(Node.Predicate p) {
        Column column = Columns.of(p.field(), scope);
        return switch (p.operator()) {
            case IS_EMPTY -> column.empty();
            case IS_NOT_EMPTY -> "NOT " + column.empty();
            case NE, NOT_IN -> "NOT " + any(column, Operator.EQ, p.values());
            case IN, CONTAINS -> any(column, Operator.EQ, p.values());
            default -> any(column, p.operator(), p.values());
        };
    }

    /**
     * True when the value is not empty and some literal holds; never NULL, so that NOT around it is
     * the exact negation.
     */
    private static String any(Column column, Operator op, List<Object> values) {
        String holds = values.stream().map(v -> column.compare(op, v)).collect(Collectors.joining(" OR ", "(", ")"));
        return "COALESCE(NOT " + column.empty() + " AND " + holds + ", false)";
    }
}
