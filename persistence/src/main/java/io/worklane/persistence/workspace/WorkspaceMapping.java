package io.worklane.persistence.workspace;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.workspace.Workspace;
import io.worklane.persistence.shared.Rows;

/** Workspace ↔ entity and row → workspace, spelled out field by field. */
final class WorkspaceMapping {
    static final String COLUMNS = "id, slug, name, default_currency, time_zone, version, created_at, updated_at,"
            + " search_config::text AS search_config";

    private WorkspaceMapping() {
    }

    static Workspace fromRow(Row r) {
        return new Workspace(r.getUUID("id"), r.getString("slug"), r.getString("name"),
                r.getString("default_currency"), r.getString("time_zone"), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"),
                r.getString("search_config"));
    }

    static Workspace fromEntity(WorkspaceEntity e) {
        return new Workspace(e.id, e.slug, e.name, e.defaultCurrency, e.timeZone, e.version, e.createdAt, e.updatedAt,
                e.searchConfig);
    }

    static WorkspaceEntity copy(Workspace w, WorkspaceEntity e) {
        e.id = w.id();
        e.slug = w.slug();
        e.name = w.name();
        e.defaultCurrency = w.defaultCurrency();
        e.timeZone = w.timeZone();
        e.searchConfig = w.searchConfig();
        e.createdAt = w.createdAt();
        e.updatedAt = w.updatedAt();
        return e;
    }
}
