package io.worklane.persistence.project;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectFilter;
import io.worklane.domain.project.ProjectSort;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class ProjectsRepository implements Projects {
    private static final String SELECT = "SELECT " + ProjectMapping.COLUMNS + " FROM projects";
    private final Sql sql;

    public ProjectsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Project>> find(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        String where = id != null ? "id = $2" : "key = $2";
        return sql.one(SELECT + " WHERE workspace_id = $1 AND " + where,
                Tuple.of(workspaceId, id != null ? id : ref), ProjectMapping::fromRow);
    }

    @Override
    public Uni<Page<Project>> list(UUID workspaceId, ProjectFilter filter, ProjectSort sort, PageRequest page) {
        ProjectFilter f = filter == null ? ProjectFilter.ANY : filter;
        ProjectSort s = sort == null ? ProjectSort.CREATED_ASC : sort;
        boolean byKey = s == ProjectSort.KEY_ASC || s == ProjectSort.KEY_DESC;
        String column = byKey ? "key" : "created_at";
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .whereIf(f.kind() != null, "kind = ?", f.kind() == null ? null : f.kind().name())
                .whereIf(f.status() != null, "status = ?", f.status() == null ? null : f.status().name())
                .whereIf(!f.hidden().isEmpty(), "id <> ALL(?)", f.hidden().toArray(UUID[]::new));
        if (page.after() != null) {
            Object value = byKey ? key(page.after()) : Keyset.timestamp(page.after());
            p.where(Keyset.after(column, "id", s.descending(), p.add(value), p.add(page.after().id())));
        }
        String dir = s.descending() ? " DESC" : "";
        String query = SELECT + p.clause() + " ORDER BY " + column + dir + ", id" + dir
                + " LIMIT " + (page.limit() + 1);
        Function<Project, String> sortValue = byKey ? Project::key : pr -> Keyset.timestampValue(pr.createdAt());
        return sql.list(query, p.tuple(), ProjectMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), s.token(), sortValue, Project::id));
    }

    @Override
    public Uni<List<Project>> byIds(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.list(SELECT + " WHERE workspace_id = $1 AND id = ANY($2)",
                Tuple.of(workspaceId, ids.toArray(UUID[]::new)), ProjectMapping::fromRow);
    }

    @Override
    public Uni<Project> insert(Project project) {
        ProjectEntity entity = ProjectMapping.copy(project, new ProjectEntity());
        return Writes.persist(entity, "A project with key '" + project.key() + "'")
                .map(ProjectMapping::fromEntity);
    }

    @Override
    public Uni<Project> update(Project changed) {
        return Writes.update(ProjectEntity.class, changed.id(), changed.workspaceId(), changed.version(), "Project " + changed.key(),
                () -> notFound(changed.id()), e -> ProjectMapping.copy(changed, e)).map(ProjectMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(ProjectEntity.class, id, workspaceId, expectedVersion, "Project " + id, () -> notFound(id));
    }

    /** A key cursor always carries a key; without one the row comparison would silently match nothing. */
    private static String key(Cursor cursor) {
        if (cursor.value() == null) {
            throw new DomainException(ErrorCode.INVALID_CURSOR,
                    "The cursor is not one this server issued. Use the nextCursor of a previous page as it is.");
        }
        return cursor.value();
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", id.toString());
    }
}
