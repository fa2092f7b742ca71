package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Operator;

/** {@code text ~ "…"}: the title or the description contains the text, ignoring case (trigram-indexed). */
record SearchColumn(FilterSql.Scope scope) implements Column {
    @Override
    public String empty() {
        return "(w.title IS NULL AND w.description IS NULL)";
    }

    @Override
    public String compare(Operator op, Object value) {
        String pattern = scope.params().add(Column.contains((String) value));
        return "(w.title ILIKE " + pattern + " OR w.description ILIKE " + pattern + ")";
    }
}
