package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pages of many parents in one statement, for GraphQL connections below a list (the comments
 * of 50 items): row_number() per parent, the first limit + 1 rows of each after the cursor, grouped
 * back by parent, each parent with a page (empty when it has no rows). Rows are ordered by a
 * timestamp column and id, ascending, which is what the cursor carries.
 *
 * @param columns      the selected columns, qualified as {@code from} needs them
 * @param from         {@code FROM …} with its joins
 * @param parentColumn the column holding the parent's id, qualified
 * @param timeColumn   the timestamp column of the order, qualified
 * @param idColumn     the id column that breaks ties in the order, qualified like {@code timeColumn}
 */
public record PagesByParent<T>(String columns, String from, String parentColumn, String timeColumn, String idColumn,
                               String sort, Function<Row, T> mapper, Function<T, UUID> parentOf, Function<T, Instant> timeOf,
                               Function<T, UUID> idOf) {

    /** {@code where} holds the caller's conditions (workspace, …); the parents and the cursor are added here. */
    public Uni<Map<UUID, Page<T>>> load(Sql sql, Params where, Collection<UUID> parentIds, PageRequest page) {
        if (parentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        where.where(parentColumn + " = ANY(?)", parentIds.toArray(UUID[]::new));
        if (page.after() != null) {
            where.where(Keyset.after(timeColumn, idColumn, false, where.add(Keyset.timestamp(page.after())),
                    where.add(page.after().id())));
        }
        String query = "SELECT * FROM (SELECT " + columns + ", row_number() OVER (PARTITION BY " + parentColumn
                + " ORDER BY " + timeColumn + ", " + idColumn + ") AS rn " + from.strip() + where.clause()
                + ") ranked WHERE rn <= " + (page.limit() + 1) + " ORDER BY rn";
        return sql.list(query, where.tuple(), mapper).map(rows -> group(rows, parentIds, page.limit()));
    }

    private Map<UUID, Page<T>> group(List<T> rows, Collection<UUID> parentIds, int limit) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        parentIds.forEach(id -> grouped.put(id, new ArrayList<>()));
        rows.forEach(row -> grouped.computeIfAbsent(parentOf.apply(row), id -> new ArrayList<>()).add(row));
        Map<UUID, Page<T>> pages = new LinkedHashMap<>();
        grouped.forEach((id, list) -> pages.put(id, Keyset.page(list, limit, sort,
                row -> Keyset.timestampValue(timeOf.apply(row)), idOf)));
        return pages;
    }
}
