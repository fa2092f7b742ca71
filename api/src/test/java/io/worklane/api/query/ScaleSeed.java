package io.worklane.api.query;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Runs {@code bench/scale-seed.sql} on one connection (its temporary tables live in the session). */
final class ScaleSeed {
    private ScaleSeed() {
    }

    /** Answers the milliseconds it took. */
    static long run(Pool pool, String workspaceId, int items) {
        long start = System.nanoTime();
        SqlConnection conn = pool.getConnection().await().indefinitely();
        try {
            conn.preparedQuery("SELECT set_config('seed.workspace', $1, false), set_config('seed.items', $2, false)")
                    .execute(Tuple.of(workspaceId, String.valueOf(items))).await().indefinitely();
            for (String statement : statements()) {
                long t = System.nanoTime();
                conn.query(statement).execute().await().indefinitely();
                System.out.printf("SCALE BENCHMARK seed: %d ms  %s%n", (System.nanoTime() - t) / 1_000_000,
                        statement.lines().findFirst().orElse(""));
            }
        } finally {
            conn.closeAndAwait();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The script's statements: comment lines dropped, split at a semicolon that ends a line. */
    static List<String> statements() {
        try (InputStream in = ScaleSeed.class.getResourceAsStream("/bench/scale-seed.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.stripLeading().startsWith("--")).collect(Collectors.joining("\n"));
            return Arrays.stream(text.split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
