package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Operator;

/**
 * A timestamp compared by its UTC date, as the evaluator does, written as a range on the column
 * itself ({@code created_at < 2026-12-02T00:00Z}) so that its index serves.
 */
record TimestampColumn(String column, FilterSql.Scope scope) implements Column {
    @Override
    public String empty() {
        return "(" + column + " IS NULL)";
    }

    @Override
    public String compare(Operator op, Object value) {
        String day = scope.params().add(Columns.date(value, scope)) + "::date";
        return switch (op) {
            case LT -> column + " < " + start(day);
            case LE -> column + " < " + next(day);
            case GT -> column + " >= " + next(day);
            case GE -> column + " >= " + start(day);
            default -> "(" + column + " >= " + start(day) + " AND " + column + " < " + next(day) + ")";
        };
    }

    /** Midnight UTC of the day; computed by PostgreSQL, whose timestamps reach past 9999-12-31 + 1 day. */
    private static String start(String day) {
        return "(" + day + "::timestamp AT TIME ZONE 'UTC')";
    }

    private static String next(String day) {
        return "((" + day + " + 1)::timestamp AT TIME ZONE 'UTC')";
    }
}
