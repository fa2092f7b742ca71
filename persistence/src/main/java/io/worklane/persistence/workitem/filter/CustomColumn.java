package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Literal;
import io.worklane.domain.filter.Operator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom field value, compared by its runtime JSON type as the evaluator does: a number (or a money
 * amount) with a number literal, a boolean with true/false, a text with the literal's text, or as a
 * date when both the text and the literal are dates. A list matches when one entry does.
 */
record CustomColumn(String key, FilterSql.Scope scope) implements Column {
    private static final String V = "(e.v #>> '{}')";

    @Override
    public String empty() {
        String x = value();
        return "(" + x + " IS NULL OR " + x + " IN ('null'::jsonb, '[]'::jsonb, '{}'::jsonb) OR (jsonb_typeof(" + x
                + ") = 'string' AND btrim(" + x + " #>> '{}', " + BLANK + ") = ''))";
    }

    @Override
    public String compare(Operator op, Object value) {
        Literal literal = (Literal) value;
        String x = value();
        return "EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(" + x + ") = 'array' THEN " + x
                + " ELSE jsonb_build_array(" + x + ") END) e(v) WHERE " + entry(op, literal) + ")";
    }

    private String value() {
        return "(w.custom_fields -> " + scope.params().add(key) + "::text)";
    }

    private String entry(Operator op, Literal literal) {
        if (op == Operator.TEXT_CONTAINS) {
            return "jsonb_typeof(e.v) = 'string' AND " + V + " ILIKE " + scope.params().add(Column.contains(literal.text()));
        }
        String cmp = Column.sql(op);
        List<String> readings = new ArrayList<>();
        if (literal.number() != null) {
            String n = scope.params().add(literal.number()) + "::numeric";
            readings.add("(jsonb_typeof(e.v) = 'number' AND " + V + "::numeric " + cmp + " " + n + ")");
            readings.add("(jsonb_typeof(e.v) = 'object' AND jsonb_typeof(e.v -> 'amount') = 'string' AND CASE WHEN"
                    + " (e.v ->> 'amount') ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN (e.v ->> 'amount')::numeric " + cmp + " " + n
                    + " END)");
        }
        if (literal.bool() != null) {
            readings.add("(jsonb_typeof(e.v) = 'boolean' AND " + V + "::boolean " + cmp + " "
                    + scope.params().add(literal.bool()) + "::boolean)");
        }
        readings.add("(jsonb_typeof(e.v) = 'string' AND " + text(cmp, literal) + ")");
        return "(" + String.join(" OR ", readings) + ")";
    }

    /** A text entry: as dates when both are dates, else as texts in code point order (Java's order). */
    private String text(String cmp, Literal literal) {
        LocalDate date = literal.date() != null ? literal.date()
                : literal.relative() != null ? literal.relative().on(scope.today()) : null;
        String asText = V + " COLLATE \"C\" " + cmp + " " + scope.params().add(literal.text()) + "::text COLLATE \"C\"";
        if (date == null) {
            return asText;
        }
        return "CASE WHEN " + V + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND pg_input_is_valid(" + V + ", 'date') THEN "
                + V + "::date " + cmp + " " + scope.params().add(date) + "::date ELSE " + asText + " END";
    }
}
