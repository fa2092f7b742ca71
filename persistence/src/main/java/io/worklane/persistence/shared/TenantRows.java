package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The two reads most workspace-owned tables repeat: one row by workspace and id, and a keyset page oldest first
 * ({@code created_at, id}, the cursor's sort token {@code sort}) under the caller's conditions.
 *
 * @param select {@code SELECT <columns> FROM <table>}
 */
public record TenantRows<T>(Sql sql, String select, Function<Row, T> mapper, String sort,
                            Function<T, Instant> createdAt, Function<T, UUID> idOf) {

    public Uni<Optional<T>> find(UUID workspaceId, UUID id) {
        return sql.one(select + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id), mapper);
    }

    /** {@code where} holds the conditions (workspace, …); the cursor is added here. */
    public Uni<Page<T>> oldestFirst(Params where, PageRequest page) {
        Keyset.afterTimestamp(where, "created_at", page.after());
        return sql.list(select + where.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), where.tuple(),
                mapper).map(rows -> page(rows, page));
    }

    /** Rows read oldest first (one more than the page, if there is more) as a page. */
    public Page<T> page(List<T> rows, PageRequest page) {
        return Keyset.page(rows, page.limit(), sort, t -> Keyset.timestampValue(createdAt.apply(t)), idOf);
    }
}
