package io.worklane.persistence.view;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.ViewDefinition;
import io.worklane.domain.view.ViewLayout;
import io.worklane.domain.view.ViewSharing;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.util.List;

/** Saved view ↔ entity and row → saved view, field by field. */
final class SavedViewMapping {
    static final String COLUMNS = "id, workspace_id, owner_kind, owner_id, owner_name, name, sharing, filter, sort,"
            + " columns::text AS columns, grouping, layout, version, created_at, updated_at";

    private SavedViewMapping() {
    }

    static SavedView fromRow(Row r) {
        return new SavedView(r.getUUID("id"), r.getUUID("workspace_id"), new Actor(Actor.Kind.valueOf(
                r.getString("owner_kind")), r.getString("owner_id"), r.getString("owner_name")),
                new ViewDefinition(r.getString("name"), ViewSharing.valueOf(r.getString("sharing")),
                        r.getString("filter"), r.getString("sort"), columns(r.getString("columns")),
                        r.getString("grouping"), ViewLayout.valueOf(r.getString("layout"))),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static SavedView fromEntity(SavedViewEntity e) {
        return new SavedView(e.id, e.workspaceId, new Actor(Actor.Kind.valueOf(e.ownerKind), e.ownerId, e.ownerName),
                new ViewDefinition(e.name, ViewSharing.valueOf(e.sharing), e.filter, e.sort, columns(e.columns),
                        e.grouping, ViewLayout.valueOf(e.layout)), e.version, e.createdAt, e.updatedAt);
    }

    static SavedViewEntity copy(SavedView v, SavedViewEntity e) {
        ViewDefinition d = v.definition();
        e.id = v.id();
        e.workspaceId = v.workspaceId();
        e.ownerKind = v.owner().kind().name();
        e.ownerId = v.owner().id();
        e.ownerName = v.owner().name();
        e.name = d.name();
        e.sharing = d.sharing().name();
        e.filter = d.filter();
        e.sort = d.sort();
        e.columns = Json.write(d.columns());
        e.grouping = d.grouping();
        e.layout = d.layout().name();
        e.createdAt = v.createdAt();
        e.updatedAt = v.updatedAt();
        return e;
    }

    private static List<String> columns(String json) {
        return json == null ? List.of() : Json.stringList(json);
    }
}
