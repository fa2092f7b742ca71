package io.worklane.persistence.shared;

import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination: fetch one row more than asked to know whether a next page exists, and
 * build the cursor from the last row's sort value and id (never OFFSET).
 */
public final class Keyset {
    private Keyset() {
    }

    /** The SQL condition that continues after the cursor, for columns ({@code sortColumn}, id). */
    public static String after(String sortColumn, String idColumn, boolean descending, String valueParam,
                               String idParam) {
        String op = descending ? "<" : ">";
        return "(" + sortColumn + ", " + idColumn + ") " + op + " (" + valueParam + ", " + idParam + ")";
    }

    /** Continues an ascending (timestamp column, id) order after the cursor, if there is one. */
    public static void afterTimestamp(Params p, String column, io.worklane.domain.shared.Cursor cursor) {
        if (cursor != null) {
            p.where(after(column, "id", false, p.add(timestamp(cursor)), p.add(cursor.id())));
        }
    }

    /** The cursor's sort value as a timestamp; a value that is not one means the cursor was tampered with. */
    public static java.time.OffsetDateTime timestamp(io.worklane.domain.shared.Cursor cursor) {
        try {
            return java.time.OffsetDateTime.parse(cursor.value());
        } catch (RuntimeException e) {
            throw new io.worklane.domain.shared.DomainException(io.worklane.domain.shared.ErrorCode.INVALID_CURSOR,
                    "The cursor is not one this server issued. Use the nextCursor of a previous page as it is.");
        }
    }

    /** The sort value of a timestamp column, as the cursor carries it. */
    public static String timestampValue(java.time.Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC).toString();
    }

    public static <T> Page<T> page(List<T> fetched, int limit, String sort, Function<T, String> sortValue,
                                   Function<T, java.util.UUID> id) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        T last = items.get(limit - 1);
        return new Page<>(List.copyOf(items), new Cursor(sort, sortValue.apply(last), id.apply(last)).encode());
    }
}
