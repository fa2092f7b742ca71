package io.worklane.persistence.shared;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Small conversions from result rows. */
public final class Rows {
    private Rows() {
    }

    public static Instant instant(Row row, int position) {
        OffsetDateTime value = row.getOffsetDateTime(position);
        return value == null ? null : value.toInstant();
    }

    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
