package io.worklane.api.fuzz;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of every row of every table, to prove that a refused write changed nothing. Left out: the
 * migration history, the last use of API keys, which is flushed on a timer whatever the request, and the
 * shared rate-limit buckets, which every request (refused or not) draws on (ADR 0034).
 * <p>
 * Reading every table after every write grew with the suite's data (a third of the fuzzer's time), so a
 * row trigger on each table logs which tables a committed write touched ({@code fuzz_changes}), and only
 * those are digested again. The digest still compares contents, so a write undone by a later one (an
 * idempotency claim released on refusal) counts as no change, as before.
 */
final class DatabaseDigest implements AutoCloseable {
    private static final String IGNORED = "('flyway_schema_history', 'rate_limit_buckets', 'fuzz_changes')";
    private final Pool pool;
    private final Map<String, String> digests = new TreeMap<>();
    private long seen;

    private DatabaseDigest(Pool pool) {
        this.pool = pool;
    }

    static DatabaseDigest watch(Pool pool) {
        run(pool, "CREATE TABLE IF NOT EXISTS fuzz_changes (id bigserial PRIMARY KEY, table_name text NOT NULL)");
        run(pool, "CREATE OR REPLACE FUNCTION fuzz_log_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " INSERT INTO fuzz_changes (table_name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$");
        DatabaseDigest digest = new DatabaseDigest(pool);
        for (String table : tables(pool)) {
            dropTriggers(pool, table);
            run(pool, "CREATE TRIGGER fuzz_change_rows AFTER INSERT OR DELETE ON \"" + table
                    + "\" FOR EACH ROW EXECUTE FUNCTION fuzz_log_change()");
            run(pool, "CREATE TRIGGER fuzz_update_rows AFTER UPDATE ON \"" + table + "\" FOR EACH ROW WHEN"
                    + " ((to_jsonb(OLD) - 'last_used_at') IS DISTINCT FROM (to_jsonb(NEW) - 'last_used_at'))"
                    + " EXECUTE FUNCTION fuzz_log_change()");
            digest.digests.put(table, digest.digestOf(table));
        }
        return digest;
    }

    /** The digest now: the tables changed since the last one are read again. */
    String take() {
        Row changed = pool.preparedQuery("SELECT max(id), array_agg(DISTINCT table_name) FROM fuzz_changes WHERE id > $1")
                .execute(Tuple.of(seen)).await().indefinitely().iterator().next();
        if (changed.getValue(0) != null) {
            seen = changed.getLong(0);
            for (String table : changed.getArrayOfStrings(1)) {
                digests.put(table, digestOf(table));
            }
        }
        return digests.toString();
    }

    /** Removes the triggers and the log, so the rest of the suite runs on the database as it was. */
    @Override
    public void close() {
        for (String table : tables(pool)) {
            dropTriggers(pool, table);
        }
        run(pool, "DROP TABLE IF EXISTS fuzz_changes");
        run(pool, "DROP FUNCTION IF EXISTS fuzz_log_change()");
    }

    private String digestOf(String table) {
        return pool.query("SELECT coalesce(md5(string_agg(r, ',' ORDER BY r)), '') FROM (SELECT (to_jsonb(x) -"
                + " 'last_used_at')::text AS r FROM \"" + table + "\" x) rows").execute().await().indefinitely()
                .iterator().next().getString(0);
    }

    private static List<String> tables(Pool pool) {
        List<String> tables = new ArrayList<>();
        for (Row row : pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' AND table_name NOT IN " + IGNORED + " ORDER BY table_name")
                .execute().await().indefinitely()) {
            tables.add(row.getString(0));
        }
        return tables;
    }

    private static void dropTriggers(Pool pool, String table) {
        run(pool, "DROP TRIGGER IF EXISTS fuzz_change_rows ON \"" + table + "\"");
        run(pool, "DROP TRIGGER IF EXISTS fuzz_update_rows ON \"" + table + "\"");
    }

    private static void run(Pool pool, String statement) {
        pool.query(statement).execute().await().indefinitely();
    }
}
