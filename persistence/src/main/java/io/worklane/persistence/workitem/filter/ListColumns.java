package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Operator;

/** Fields holding several values: a comparison holds when one entry does. */
final class ListColumns {
    private ListColumns() {
    }

    /** Assignee ids, kept as a jsonb array of texts: containment uses the GIN index. */
    record Assignees(Refs refs) implements Column {
        @Override
        public String empty() {
            return "(jsonb_array_length(w.assignee_ids) = 0)";
        }

        @Override
        public String compare(Operator op, Object value) {
            return "w.assignee_ids @> jsonb_build_array((" + refs.id(value) + ")::text)";
        }
    }

    /** Labels, a jsonb array of texts: exact containment (GIN) or "an entry contains". */
    record Labels(FilterSql.Scope scope) implements Column {
        @Override
        public String empty() {
            return "(jsonb_array_length(w.labels) = 0)";
        }

        @Override
        public String compare(Operator op, Object value) {
            if (op == Operator.TEXT_CONTAINS) {
                return "EXISTS (SELECT 1 FROM jsonb_array_elements_text(w.labels) l(v) WHERE l.v ILIKE "
                        + scope.params().add(Column.contains((String) value)) + ")";
            }
            return "w.labels @> jsonb_build_array(" + scope.params().add(value) + "::text)";
        }
    }

    /** The milestones an item is a direct predecessor of (a dependency to an item of type MILESTONE). */
    record Milestones(Refs refs) implements Column {
        private static final String LEADS = "SELECT 1 FROM work_item_dependencies md JOIN work_items m"
                + " ON m.id = md.successor_id WHERE md.predecessor_id = w.id AND m.type = 'MILESTONE'";

        @Override
        public String empty() {
            return "NOT EXISTS (" + LEADS + ")";
        }

        @Override
        public String compare(Operator op, Object value) {
            return "EXISTS (" + LEADS + " AND m.id = " + refs.id(value) + ")";
        }
    }
}
