package io.worklane.persistence.view;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.SavedViews;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.TenantRows;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SavedViewsRepository implements SavedViews {
    private static final String SELECT = "SELECT " + SavedViewMapping.COLUMNS + " FROM saved_views";
    private final TenantRows<SavedView> table;

    public SavedViewsRepository(Sql sql) {
        this.table = new TenantRows<>(sql, SELECT, SavedViewMapping::fromRow, SORT, SavedView::createdAt, SavedView::id);
    }

    @Override
    public Uni<Optional<SavedView>> find(UUID workspaceId, UUID id) {
        return table.find(workspaceId, id);
    }

    @Override
    public Uni<Page<SavedView>> visibleTo(UUID workspaceId, Actor actor, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        p.where("(sharing = 'WORKSPACE' OR (owner_kind = " + p.add(actor.kind().name()) + " AND owner_id = "
                + p.add(actor.id()) + "))");
        return table.oldestFirst(p, page);
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
