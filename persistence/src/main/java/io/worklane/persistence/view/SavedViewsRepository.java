package io.worklane.persistence.view;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.SavedViews;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SavedViewsRepository implements SavedViews {
    private static final String SELECT = "SELECT " + SavedViewMapping.COLUMNS + " FROM saved_views";
    private final Sql sql;

    public SavedViewsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<SavedView>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                SavedViewMapping::fromRow);
    }

    @Override
    public Uni<Page<SavedView>> visibleTo(UUID workspaceId, Actor actor, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        p.where("(sharing = 'WORKSPACE' OR (owner_kind = " + p.add(actor.kind().name()) + " AND owner_id = "
                + p.add(actor.id()) + "))");
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                SavedViewMapping::fromRow).map(rows -> Keyset.page(rows, page.limit(), SORT,
                v -> Keyset.timestampValue(v.createdAt()), SavedView::id));
    }

    @Override
    public Uni<SavedView> insert(SavedView view) {
        return Writes.persist(SavedViewMapping.copy(view, new SavedViewEntity()), "View " + view.definition().name())
                .map(SavedViewMapping::fromEntity);
    }

    @Override
    public Uni<SavedView> update(SavedView changed) {
        return Writes.update(SavedViewEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "View " + changed.definition().name(), () -> notFound(changed.id()),
                e -> SavedViewMapping.copy(changed, e)).map(SavedViewMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(SavedViewEntity.class, id, workspaceId, expectedVersion, "View " + id, () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.VIEW_NOT_FOUND, "View", id.toString());
    }
}
