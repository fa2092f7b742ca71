package io.worklane.api.query;

import io.vertx.mutiny.sqlclient.Pool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plans of what the application sends, from auto_explain (loaded by {@link ScaleDatabase}): turned on
 * for every statement with ANALYZE and BUFFERS, then the server log's new part is read back.
 */
final class Plans {
    private final Pool pool;
    private final Path log;
    private final long from;

    private Plans(Pool pool, Path log, long from) {
        this.pool = pool;
        this.log = log;
        this.from = from;
    }

    static Plans start(Pool pool) {
        String dataDir = pool.query("SHOW data_directory").execute().await().indefinitely().iterator().next()
                .getString(0);
        Path log = ScaleDatabase.logOf(dataDir);
        try {
            long from = Files.exists(log) ? Files.size(log) : 0;
            set(pool, "ALTER SYSTEM SET auto_explain.log_min_duration = 0",
                    "ALTER SYSTEM SET auto_explain.log_analyze = on", "ALTER SYSTEM SET auto_explain.log_buffers = on");
            return new Plans(pool, log, from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns auto_explain off again and answers the plans logged meanwhile. */
    String stop() {
        set(pool, "ALTER SYSTEM RESET auto_explain.log_min_duration", "ALTER SYSTEM RESET auto_explain.log_analyze",
                "ALTER SYSTEM RESET auto_explain.log_buffers");
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) from, all.length - (int) from, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Pool pool, String... statements) {
        for (String statement : statements) {
            pool.query(statement).execute().await().indefinitely();
        }
        pool.query("SELECT pg_reload_conf()").execute().await().indefinitely();
        try {
            Thread.sleep(500); // the backends read the configuration again at their next statement, once signalled
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
