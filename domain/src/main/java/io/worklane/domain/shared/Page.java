package io.worklane.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list: the items and the opaque cursor of the next page, if any.
 *
 * @param cursors null, or each item's own cursor (same order), where a list's order is not computable
 *                from the item alone (work item lists sorted by several keys): connections' edges
 */
public record Page<T>(List<T> items, String nextCursor, List<String> cursors) {
    public Page(List<T> items, String nextCursor) {
        this(items, nextCursor, null);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor, cursors);
    }
}
