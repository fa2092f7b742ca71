package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Operator;
import io.worklane.domain.workitem.Priority;

/** Priorities compare in their declared order (NONE lowest); {@code =} uses the column as it is. */
record PriorityColumn(FilterSql.Scope scope) implements Column.Simple {
    private static final String RANK = "array_position(ARRAY['NONE','LOW','MEDIUM','HIGH','URGENT']::text[], w.priority::text)";

    @Override
    public String compare(Operator op, Object value) {
        Priority priority = (Priority) value;
        if (op == Operator.EQ) {
            return "w.priority = " + scope.params().add(priority.name());
        }
        return RANK + " " + Column.sql(op) + " " + scope.params().add(priority.ordinal() + 1);
    }
}
