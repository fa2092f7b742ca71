package io.worklane.persistence.workspace;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import io.worklane.domain.workspace.Workspaces;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.CacheNotices;
import io.worklane.persistence.shared.NotifiedCache;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WorkspacesRepository implements Workspaces {
    private static final String SORT = "createdAt";
    private final Sql sql;
    /** Workspaces by id or slug as a request names them: read on every request (ADR 0043). */
    private final NotifiedCache<Workspace> byRef;

    public WorkspacesRepository(Sql sql, CacheNotices notices) {
        this.sql = sql;
        this.byRef = notices.cacheOf("workspaces", Workspace::id);
    }

    @Override
    public Uni<Optional<Workspace>> find(String ref) {
        UUID id = Ids.parseOrNull(ref);
        String where = id != null ? "id = $1" : "slug = $1";
        return byRef.get(ref, () -> sql.one("SELECT " + WorkspaceMapping.COLUMNS + " FROM workspaces WHERE " + where,
                Tuple.of(id != null ? id : ref), WorkspaceMapping::fromRow));
    }

    @Override
    public Uni<Page<Workspace>> list(java.util.Collection<UUID> only, PageRequest page) {
        Params p = new Params();
        if (only != null) {
            p.where("id = ANY(?)", only.toArray(UUID[]::new));
        }
        Keyset.afterTimestamp(p, "created_at", page.after());
        String query = "SELECT " + WorkspaceMapping.COLUMNS + " FROM workspaces" + p.clause()
                + " ORDER BY created_at, id LIMIT " + (page.limit() + 1);
        return sql.list(query, p.tuple(), WorkspaceMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT,
                        w -> Keyset.timestampValue(w.createdAt()), Workspace::id));
    }

    @Override
    public Uni<Workspace> insert(Workspace workspace) {
        WorkspaceEntity entity = WorkspaceMapping.copy(workspace, new WorkspaceEntity());
        return Writes.persist(entity, "A workspace with slug '" + workspace.slug() + "'")
                .map(WorkspaceMapping::fromEntity);
    }

    @Override
    public Uni<Workspace> update(Workspace changed) {
        byRef.writing(changed.id());
        return Writes.update(WorkspaceEntity.class, changed.id(), changed.id(), changed.version(),
                "Workspace " + changed.slug(), () -> notFound(changed.id()), e -> WorkspaceMapping.copy(changed, e))
                .map(WorkspaceMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID id, long expectedVersion) {
        byRef.writing(id);
        return Writes.delete(WorkspaceEntity.class, id, id, expectedVersion, "Workspace " + id, () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", id.toString());
    }
}
