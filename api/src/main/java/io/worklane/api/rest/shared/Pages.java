package io.worklane.api.rest.shared;

import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.PageRequest;

/** Page requests from query parameters; the cursor must belong to the same list ({@link ListCursors}) and sort. */
public final class Pages {
    private Pages() {
    }

    public static PageRequest of(Integer limit, String cursor, String sortToken) {
        return PageRequest.of(limit, Cursor.decode(ListCursors.keysetPart(cursor), sortToken));
    }
}
