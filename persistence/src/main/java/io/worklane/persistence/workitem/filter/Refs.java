package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Ref;
import java.util.UUID;

/**
 * An id value as SQL: a literal id as a parameter, a reference (me, email, key) as a scalar subquery
 * of the workspace, which PostgreSQL runs once per statement (it depends on parameters only).
 */
record Refs(FilterSql.Scope scope) {
    String id(Object value) {
        if (value instanceof UUID id) {
            return scope.params().add(id) + "::uuid";
        }
        Ref ref = (Ref) value;
        return switch (ref.kind()) {
            case ME -> scope.params().add(scope.me()) + "::uuid";
            case EMAIL -> "(SELECT m.id FROM members m WHERE m.workspace_id = " + ws()
                    + " AND lower(m.email) = " + scope.params().add(ref.text()) + ")";
            case PROJECT_KEY -> "(SELECT pk.id FROM projects pk WHERE pk.workspace_id = " + ws()
                    + " AND pk.key = " + scope.params().add(ref.text()) + ")";
            case ITEM_KEY -> "(SELECT i.id FROM work_items i JOIN projects ip ON ip.id = i.project_id"
                    + " WHERE ip.workspace_id = " + ws() + " AND ip.key = " + scope.params().add(ref.projectKey())
                    + " AND i.number = " + scope.params().add(ref.number()) + ")";
        };
    }

    /** Added only where used: PostgreSQL refuses a statement with a parameter it cannot type. */
    private String ws() {
        return scope.params().add(scope.workspaceId()) + "::uuid";
    }
}
