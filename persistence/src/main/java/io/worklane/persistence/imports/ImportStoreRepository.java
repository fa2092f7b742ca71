package io.worklane.persistence.imports;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.imports.ImportStore;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Imports' external ids and queued rows: reads on the pool, writes as native updates of the session (ADR 0059). */
@ApplicationScoped
public class ImportStoreRepository implements ImportStore {
    private static final String REMEMBER = "INSERT INTO work_item_external_ids (workspace_id, source, external_id,"
            + " work_item_id, created_at) VALUES (:ws, :source, :ext, :item, :at)"
            + " ON CONFLICT (workspace_id, source, external_id) DO UPDATE SET work_item_id = EXCLUDED.work_item_id";
    // one statement for all the rows of a job, however many: they travel as one JSON array
    private static final String ROWS = "INSERT INTO import_rows (job_id, position, data) SELECT :job, r.ord - 1, r.value"
            + " FROM jsonb_array_elements(cast(cast(:rows AS text) AS jsonb)) WITH ORDINALITY AS r(value, ord)";
    private static final String REMEMBER_ALL = "INSERT INTO work_item_external_ids (workspace_id, source, external_id,"
            + " work_item_id, created_at) SELECT :ws, :source, r.key, cast(r.value AS uuid), :at"
            + " FROM jsonb_each_text(cast(cast(:ids AS text) AS jsonb)) AS r"
            + " ON CONFLICT (workspace_id, source, external_id) DO UPDATE SET work_item_id = EXCLUDED.work_item_id";
    private final Sql sql;

    public ImportStoreRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Map<String, UUID>> itemsByExternalId(UUID workspaceId, String source, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // the ids joined to the table, so that each is one look-up in its key whatever the table's size
        return sql.list("SELECT x.external_id, x.work_item_id FROM unnest(cast($3 AS text[])) AS n(id)"
                        + " JOIN work_item_external_ids x ON x.workspace_id = $1 AND x.source = $2 AND x.external_id = n.id",
                Tuple.of(workspaceId, source, externalIds.toArray(String[]::new)),
                r -> Map.entry(r.getString("external_id"), r.getUUID("work_item_id"))).map(ImportStoreRepository::toMap);
    }

    @Override
    public Uni<Void> remember(UUID workspaceId, String source, String externalId, UUID workItemId, Instant at) {
        return Writes.inSession(s -> s.createNativeQuery(REMEMBER).setParameter("ws", workspaceId)
                .setParameter("source", source).setParameter("ext", externalId).setParameter("item", workItemId)
                .setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> rememberAll(UUID workspaceId, String source, Map<String, UUID> workItems, Instant at) {
        if (workItems.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> ids = new HashMap<>();
        workItems.forEach((ext, item) -> ids.put(ext, item.toString()));
        return Writes.inSession(s -> s.createNativeQuery(REMEMBER_ALL).setParameter("ws", workspaceId)
                .setParameter("source", source).setParameter("ids", Json.write(ids)).setParameter("at", at)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> insertRows(UUID jobId, List<Map<String, Object>> rows) {
        return Writes.inSession(s -> s.createNativeQuery(ROWS).setParameter("job", jobId)
                .setParameter("rows", Json.write(rows)).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<Map<String, Object>>> row(UUID jobId, int position) {
        return sql.one("SELECT data::text AS data FROM import_rows WHERE job_id = $1 AND position = $2",
                Tuple.of(jobId, position), r -> Json.map(r.getString("data")));
    }

    @Override
    public Uni<List<Map<String, Object>>> rows(UUID jobId, int from, int count) {
        return sql.list("SELECT data::text AS data FROM import_rows WHERE job_id = $1 AND position >= $2"
                + " AND position < $3 ORDER BY position", Tuple.of(jobId, from, from + count), r -> Json.map(r.getString("data")));
    }

    @Override
    public Uni<Map<String, UUID>> membersByEmail(UUID workspaceId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.list("SELECT lower(email) AS email, id FROM members WHERE workspace_id = $1 AND lower(email) = ANY($2)",
                Tuple.of(workspaceId, emails.toArray(String[]::new)),
                r -> Map.entry(r.getString("email"), r.getUUID("id"))).map(ImportStoreRepository::toMap);
    }

    private static <V> Map<String, V> toMap(List<Map.Entry<String, V>> entries) {
        Map<String, V> m = new HashMap<>();
        entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
