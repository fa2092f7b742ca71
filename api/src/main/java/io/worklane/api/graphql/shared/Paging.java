package io.worklane.api.graphql.shared;

import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Relay arguments ↔ keyset pages. {@code after} is the same opaque cursor REST uses; every edge gets
 * the cursor of its own row (sort, sort value, id), encoded exactly as the repositories encode
 * {@code nextCursor}, so paging can resume after any edge, and the last edge's cursor is the page's.
 */
public final class Paging {
    public static final int DEFAULT_FIRST = PageRequest.DEFAULT_LIMIT;
    /** The sort token of lists in creation order. */
    public static final String CREATED_AT = "createdAt";

    private Paging() {
    }

    /** Refuses {@code first} outside 1–200 under its GraphQL name, and a cursor of another sort. */
    public static PageRequest request(Integer first, String after, String sortToken) {
        int size = first == null ? DEFAULT_FIRST : first;
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw DomainException.validation(List.of(new FieldError("first", "OUT_OF_RANGE",
                    "must be between 1 and " + PageRequest.MAX_LIMIT)));
        }
        return new PageRequest(size, Cursor.decode(after, sortToken));
    }

    public static String cursor(String sortToken, String sortValue, UUID id) {
        return new Cursor(sortToken, sortValue, id).encode();
    }

    /** A timestamp as cursors carry it (the repositories' Keyset.timestampValue). */
    public static String timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    /**
     * A page as a Relay connection: each row becomes an edge with its own cursor, and the page info ends at the last
     * one. The edge and connection types stay concrete records per list (SmallRye GraphQL names types after them).
     */
    public static <T, E, C> C connection(Page<T> page, Function<T, String> cursorOf, BiFunction<String, T, E> edge,
                                         BiFunction<List<E>, PageInfo, C> connection) {
        List<String> cursors = page.items().stream().map(cursorOf).toList();
        List<E> edges = IntStream.range(0, cursors.size())
                .mapToObj(i -> edge.apply(cursors.get(i), page.items().get(i))).toList();
        return connection.apply(edges, info(page, cursors));
    }

    /** {@link #connection} of a list in creation order: each cursor is its row's createdAt and id. */
    public static <T, E, C> C connectionByCreation(Page<T> page, Function<T, Instant> createdAt, Function<T, UUID> id,
                                                   BiFunction<String, T, E> edge,
                                                   BiFunction<List<E>, PageInfo, C> connection) {
        return connection(page, t -> cursor(CREATED_AT, timestamp(createdAt.apply(t)), id.apply(t)), edge, connection);
    }

    public static PageInfo info(Page<?> page, List<String> edgeCursors) {
        String end = edgeCursors.isEmpty() ? null : edgeCursors.get(edgeCursors.size() - 1);
        return new PageInfo(page.nextCursor() != null, end);
    }
}
