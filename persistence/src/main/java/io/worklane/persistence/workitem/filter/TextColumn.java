package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Operator;

/** A text column: {@code =} exact, {@code ~} case-insensitive "contains"; blank counts as empty. */
record TextColumn(String column, FilterSql.Scope scope) implements Column {
    @Override
    public String empty() {
        return "(" + column + " IS NULL OR btrim(" + column + ", " + BLANK + ") = '')";
    }

    @Override
    public String compare(Operator op, Object value) {
        if (op == Operator.TEXT_CONTAINS) {
            return column + " ILIKE " + scope.params().add(Column.contains((String) value));
        }
        return column + " = " + scope.params().add(value);
    }
}
