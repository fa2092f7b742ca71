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
        return new FilterSql(scope).node(filter.root(), true);
    }

    /**
     * {@code positive}: whether the node sits under an even number of NOTs. There a NULL comparison
     * already acts as false (AND and OR are monotone), so conditions stay bare and indexes serve them;
     * under an odd number each comparison is coalesced to false, so that NOT negates it exactly (SQL's
     * NOT NULL is NULL, which would drop the row from both {@code x} and {@code NOT x}).
     */
    private String node(Node node, boolean positive) {
        if (node instanceof Node.All all) {
            return join(all.parts(), " AND ", positive);
        }
        if (node instanceof Node.Any any) {
            return join(any.parts(), " OR ", positive);
        }
        if (node instanceof Node.Not not) {
            return "NOT " + node(not.inner(), !positive);
        }
        return predicate((Node.Predicate) node, positive);
    }

    private String join(List<Node> parts, String glue, boolean positive) {
        return parts.stream().map(n -> node(n, positive)).collect(Collectors.joining(glue, "(", ")"));
    }

    private String predicate(Node.Predicate p, boolean positive) {
        Column column = Columns.of(p.field(), scope);
        return switch (p.operator()) {
            case IS_EMPTY -> column.empty();
            case IS_NOT_EMPTY -> "NOT " + column.empty();
            case NE, NOT_IN -> "NOT " + any(column, Operator.EQ, p.values(), !positive);
            case IN, CONTAINS -> any(column, Operator.EQ, p.values(), positive);
            default -> any(column, p.operator(), p.values(), positive);
        };
    }

    /** True when the value is not empty and some literal holds; never NULL where it will be negated. */
    private static String any(Column column, Operator op, List<Object> values, boolean positive) {
        String holds = values.stream().map(v -> column.compare(op, v)).collect(Collectors.joining(" OR ", "(", ")"));
        String condition = "NOT " + column.empty() + " AND " + holds;
        return positive ? "(" + condition + ")" : "COALESCE(" + condition + ", false)";
    }
}
