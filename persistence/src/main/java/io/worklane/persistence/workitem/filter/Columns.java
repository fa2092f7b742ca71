package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Field;
import io.worklane.domain.filter.Operator;
import io.worklane.domain.filter.RelativeDate;
import io.worklane.persistence.workitem.StateCategorySql;
import java.time.LocalDate;
import java.util.Map;

/** The SQL of each built-in field; the table is fixed, so no field name ever reaches the SQL from input. */
final class Columns {
    private static final Map<String, String> TEXT = Map.of("key", "(p.key || '-' || w.number)", "title", "w.title",
            "description", "w.description", "status", "w.status");
    private static final Map<String, String> DATE = Map.of("startDate", "w.start_date", "dueDate", "w.due_date");
    private static final Map<String, String> TIMESTAMP = Map.of("createdAt", "w.created_at", "updatedAt",
            "w.updated_at", "completedAt", "w.completed_at");

    private Columns() {
    }

    static Column of(Field field, FilterSql.Scope scope) {
        Refs refs = new Refs(scope);
        return switch (field.kind()) {
            case TEXT -> new TextColumn(TEXT.get(field.name()), scope);
            case PRIORITY -> new PriorityColumn(scope);
            case ITEM_TYPE -> (Column.Simple) (op, v) -> "w.type = " + scope.params().add(v.toString());
            case ID, MEMBER, ITEM, PROJECT -> idColumn(field.name(), refs);
            case ID_LIST, MEMBER_LIST -> new ListColumns.Assignees(refs);
            case ITEM_LIST -> new ListColumns.Milestones(refs);
            case TEXT_LIST -> new ListColumns.Labels(scope);
            case DATE -> DATE.containsKey(field.name()) ? dateColumn(DATE.get(field.name()), scope)
                    : new TimestampColumn(TIMESTAMP.get(field.name()), scope);
            case NUMBER -> nullable("w.estimate_minutes", (op, v) -> "w.estimate_minutes::numeric "
                    + Column.sql(op) + " " + scope.params().add(v) + "::numeric");
            case CATEGORY -> (Column.Simple) (op, v) -> StateCategorySql.in(scope.params(), ws(scope), v.toString());
            case BOOLEAN -> booleanColumn(field.name(), scope);
            case SEARCH -> new SearchColumn(scope);
            case DYNAMIC -> new CustomColumn(field.customKey(), scope);
        };
    }

    private static Column idColumn(String name, Refs refs) {
        String column = switch (name) {
            case "reporter" -> "w.reporter_id";
            case "parent" -> "w.parent_id";
            case "project" -> "w.project_id";
            case "phase" -> "w.phase_id";
            case "team" -> "w.team_id";
            default -> throw new IllegalArgumentException("no id column for " + name);
        };
        return nullable(column, (op, v) -> column + " = " + refs.id(v));
    }

    private static Column dateColumn(String column, FilterSql.Scope scope) {
        return nullable(column, (op, v) -> column + " " + Column.sql(op) + " " + scope.params().add(date(v, scope)) + "::date");
    }

    private static Column booleanColumn(String name, FilterSql.Scope scope) {
        java.util.function.Supplier<String> holds = () -> name.equals("overdue")
                ? "(w.due_date < " + scope.params().add(scope.today()) + "::date AND NOT "
                + StateCategorySql.in(scope.params(), ws(scope), "DONE", "CANCELLED") + ")"
                : "EXISTS (SELECT 1 FROM work_item_dependencies d JOIN work_items pre ON pre.id = d.predecessor_id"
                + " WHERE d.successor_id = w.id AND pre.completed_at IS NULL)";
        return (Column.Simple) (op, v) -> (Boolean.TRUE.equals(v) ? "" : "NOT ") + "COALESCE(" + holds.get() + ", false)";
    }

    private static String ws(FilterSql.Scope scope) {
        return scope.params().add(scope.workspaceId()) + "::uuid";
    }

    static LocalDate date(Object value, FilterSql.Scope scope) {
        return value instanceof RelativeDate r ? r.on(scope.today()) : (LocalDate) value;
    }

    private static Column nullable(String column, Column.Simple compare) {
        return new Column() {
            @Override
            public String empty() {
                return "(" + column + " IS NULL)";
            }

            @Override
            public String compare(Operator op, Object value) {
                return compare.compare(op, value);
            }
        };
    }
}
