package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.shared.Cursor;
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
 * back by parent, each parent with a page (empty when it has no rows). Rows are ordered by one column
 * and id, which is what the cursor carries ({@link Order}).
 *
 * @param columns      the selected columns, qualified as {@code from} needs them
 * @param from         {@code FROM …} with its joins
 * @param parentColumn the column holding the parent's id, qualified
 */
public record PagesByParent<T>(String columns, String from, String parentColumn, Order<T> order, Function<Row, T> mapper,
                               Function<T, UUID> parentOf) {

    /** Oldest first by a timestamp column: what most lists below an item use. */
    public PagesByParent(String columns, String from, String parentColumn, String timeColumn, String idColumn,
                         String sort, Function<Row, T> mapper, Function<T, UUID> parentOf, Function<T, Instant> timeOf,
                         Function<T, UUID> idOf) {
        this(columns, from, parentColumn, new Order<>(timeColumn, idColumn, false, sort, Keyset::timestamp,
                row -> Keyset.timestampValue(timeOf.apply(row)), idOf), mapper, parentOf);
    }

    /**
     * The order of a page: a column and the id that breaks ties (both qualified), its direction, the sort
     * name the cursor carries, how a cursor's value becomes a statement parameter and a row's value its text.
     */
    public record Order<T>(String column, String idColumn, boolean descending, String sort,
                           Function<Cursor, Object> cursorValue, Function<T, String> valueOf, Function<T, UUID> idOf) {
        String sql() {
            String direction = descending ? " DESC" : "";
            return column + direction + ", " + idColumn + direction;
        }
    }

    /** {@code where} holds the caller's conditions (workspace, …); the parents and the cursor are added here. */
    public Uni<Map<UUID, Page<T>>> load(Sql sql, Params where, Collection<UUID> parentIds, PageRequest page) {
        if (parentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        where.where(parentColumn + " = ANY(?)", parentIds.toArray(UUID[]::new));
        if (page.after() != null) {
            where.where(Keyset.after(order.column(), order.idColumn(), order.descending(),
                    where.add(order.cursorValue().apply(page.after())), where.add(page.after().id())));
        }
        String query = "SELECT * FROM (SELECT " + columns + ", row_number() OVER (PARTITION BY " + parentColumn
                + " ORDER BY " + order.sql() + ") AS rn " + from.strip() + where.clause()
                + ") ranked WHERE rn <= " + (page.limit() + 1) + " ORDER BY rn";
        return sql.list(query, where.tuple(), mapper).map(rows -> group(rows, parentIds, page.limit()));
    }

    private Map<UUID, Page<T>> group(List<T> rows, Collection<UUID> parentIds, int limit) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        parentIds.forEach(id -> grouped.put(id, new ArrayList<>()));
        rows.forEach(row -> grouped.computeIfAbsent(parentOf.apply(row), id -> new ArrayList<>()).add(row));
        Map<UUID, Page<T>> pages = new LinkedHashMap<>();
        grouped.forEach((id, list) -> pages.put(id, Keyset.page(list, limit, order.sort(), order.valueOf(),
                order.idOf())));
        return pages;
    }
}
