package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Operator;
import java.time.LocalDate;

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
        LocalDate day = Columns.date(value, scope);
        return switch (op) {
            case LT -> column + " < " + at(day);
            case LE -> column + " < " + at(day.plusDays(1));
            case GT -> column + " >= " + at(day.plusDays(1));
            case GE -> column + " >= " + at(day);
            default -> "(" + column + " >= " + at(day) + " AND " + column + " < " + at(day.plusDays(1)) + ")";
        };
    }

    private String at(LocalDate day) {
        return scope.params().add(Columns.midnight(day)) + "::timestamptz";
    }
}
