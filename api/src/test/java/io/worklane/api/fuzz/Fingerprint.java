package io.worklane.api.fuzz;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest of every row of every table, to prove that a refused write changed nothing. Left out: the
 * migration history, the last use of API keys, which is flushed on a timer whatever the request, and the
 * shared rate-limit buckets, which every request (refused or not) draws on (ADR 0034).
 */
final class Fingerprint {
    private final Pool pool;
    private final String query;

    Fingerprint(Pool pool) {
        this.pool = pool;
        List<String> parts = new ArrayList<>();
        for (Row row : pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' AND table_name NOT IN ('flyway_schema_history', 'rate_limit_buckets') ORDER BY table_name")
                .execute().await().indefinitely()) {
            String table = row.getString(0);
            parts.add("SELECT '" + table + "' || ':' || coalesce(md5(string_agg(r, ',' ORDER BY r)), '') AS t FROM"
                    + " (SELECT (to_jsonb(x) - 'last_used_at')::text AS r FROM \"" + table + "\" x) rows");
        }
        this.query = "SELECT md5(string_agg(t, '|' ORDER BY t)) FROM (" + String.join(" UNION ALL ", parts) + ") tables";
    }

    String take() {
        return pool.query(query).execute().await().indefinitely().iterator().next().getString(0);
    }
}
