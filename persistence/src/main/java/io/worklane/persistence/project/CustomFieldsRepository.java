package io.worklane.persistence.project;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomFieldsRepository implements CustomFields {
    /** Custom fields list in definition order only; the cursor carries this sort token. */
    static final String SORT = "createdAt";
    private static final String SELECT = "SELECT " + CustomFieldMapping.COLUMNS + " FROM custom_fields";
    private final Sql sql;

    public CustomFieldsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<CustomField>> find(UUID workspaceId, UUID projectId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND project_id = $2 AND id = $3",
                Tuple.of(workspaceId, projectId, id), CustomFieldMapping::fromRow);
    }

    @Override
    public Uni<Page<CustomField>> list(UUID workspaceId, UUID projectId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("project_id = ?", projectId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        String query = SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1);
        return sql.list(query, p.tuple(), CustomFieldMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT,
                        f -> Keyset.timestampValue(f.createdAt()), CustomField::id));
    }

    @Override
    public Uni<List<CustomField>> allOf(UUID workspaceId, UUID projectId) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = $2 ORDER BY created_at, id",
                Tuple.of(workspaceId, projectId), CustomFieldMapping::fromRow);
    }

    @Override
    public Uni<java.util.Map<String, java.util.Set<io.worklane.domain.project.CustomFieldType>>> typesInWorkspace(
            UUID workspaceId) {
        return sql.list("SELECT DISTINCT key, type FROM custom_fields WHERE workspace_id = $1", Tuple.of(workspaceId),
                r -> java.util.Map.entry(r.getString("key"),
                        io.worklane.domain.project.CustomFieldType.valueOf(r.getString("type"))))
                .map(rows -> {
                    java.util.Map<String, java.util.Set<io.worklane.domain.project.CustomFieldType>> types =
                            new java.util.HashMap<>();
                    rows.forEach(e -> types.computeIfAbsent(e.getKey(), k -> java.util.EnumSet.noneOf(
                            io.worklane.domain.project.CustomFieldType.class)).add(e.getValue()));
                    return types;
                });
    }

    @Override
    public Uni<java.util.Map<UUID, List<CustomField>>> byProjects(UUID workspaceId,
                                                                  java.util.Collection<UUID> projectIds) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = ANY($2) ORDER BY created_at, id",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), CustomFieldMapping::fromRow).map(rows -> {
                    java.util.Map<UUID, List<CustomField>> grouped = new java.util.LinkedHashMap<>();
                    projectIds.forEach(id -> grouped.put(id, new java.util.ArrayList<>()));
                    rows.forEach(f -> grouped.computeIfAbsent(f.projectId(), k -> new java.util.ArrayList<>()).add(f));
                    return grouped;
                });
    }

    @Override
    public Uni<CustomField> insert(CustomField field) {
        CustomFieldEntity entity = CustomFieldMapping.copy(field, new CustomFieldEntity());
        return Writes.persist(entity, "A custom field with key '" + field.key() + "'")
                .map(CustomFieldMapping::fromEntity);
    }

    @Override
    public Uni<CustomField> update(CustomField changed) {
        return Writes.update(CustomFieldEntity.class, changed.id(), changed.workspaceId(), changed.version(), "Custom field " + changed.key(),
                () -> notFound(changed.id()), e -> CustomFieldMapping.copy(changed, e)).map(CustomFieldMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(CustomFieldEntity.class, id, workspaceId, expectedVersion, "Custom field " + id, () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.CUSTOM_FIELD_NOT_FOUND, "Custom field", id.toString());
    }
}
