package io.worklane.api.resource;

import static io.worklane.api.resource.ResourceFixtures.aFortyHourPersonWithRates;
import static io.worklane.api.resource.ResourceFixtures.path;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Logging time into a period while it is being approved (issue #20, item 6). The test holds the
 * entry's insert back (a SHARE lock on time_entries) after the entry has checked the period, and sends
 * the approval meanwhile. Whatever the order, once the approval can be seen its period's entries never
 * change: either the entry committed before the approval did, or it was refused.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TimeApprovalRaceTest {
    private static final String STATE = "SELECT (SELECT count(*) FROM time_approvals WHERE resource_id = $1) AS approvals,"
            + " (SELECT count(*) FROM time_entries WHERE resource_id = $1 AND entry_date BETWEEN '2026-11-30'"
            + " AND '2026-12-06') AS entries,"
            + " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted) AS waiting";
    @Inject
    Pool pool;

    @Test
    void an_entry_checked_before_an_approval_commits_either_lands_before_it_or_not_at_all() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "RACE");
        String item = aWorkItem(ws, "RACE", "Racing").extract().path("key");
        String ada = aFortyHourPersonWithRates(ws, "Ada");
        UUID resource = UUID.fromString(ada);

        SqlConnection holder = pool.getConnection().await().indefinitely();
        CompletableFuture<Integer> entry;
        CompletableFuture<Integer> approval;
        Long entriesWhenApproved = null;
        try {
            holder.query("BEGIN").execute().await().indefinitely();
            holder.query("LOCK TABLE time_entries IN SHARE MODE").execute().await().indefinitely();
            entry = CompletableFuture.supplyAsync(() -> asAdmin().body(Map.of("resource", ada, "workItem", item,
                    "date", "2026-12-02", "minutes", 30)).post(path(ws, "time-entries")).statusCode());
            await("the entry waits for its insert", () -> count("SELECT count(*) FROM pg_locks WHERE NOT granted"
                    + " AND relation = 'time_entries'::regclass") > 0);
            approval = CompletableFuture.supplyAsync(() -> asAdmin().body(Map.of("resource", ada, "from",
                    "2026-11-30", "to", "2026-12-06")).post(path(ws, "time-approvals")).statusCode());
            // the approval either commits at once (nothing stops it) or waits for the entry
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end) {
                Row now = state(resource);
                if (now.getLong("approvals") > 0) {
                    entriesWhenApproved = now.getLong("entries");
                    break;
                }
                if (now.getLong("waiting") > 0) {
                    break;
                }
                Thread.sleep(20);
            }
        } finally {
            holder.query("COMMIT").execute().await().indefinitely();
            holder.close().await().indefinitely();
        }
        while (entriesWhenApproved == null && !approval.isDone()) {
            Row now = state(resource);
            if (now.getLong("approvals") > 0) {
                entriesWhenApproved = now.getLong("entries");
            }
            Thread.sleep(5);
        }
        assertThat(approval.get(30, TimeUnit.SECONDS)).isEqualTo(201);
        assertThat(entry.get(30, TimeUnit.SECONDS)).isIn(201, 409);
        if (entriesWhenApproved == null) {
            entriesWhenApproved = state(resource).getLong("entries");
        }
        assertThat(state(resource).getLong("entries"))
                .as("entries of the period after its approval became visible").isEqualTo(entriesWhenApproved);
    }

    private Row state(UUID resource) {
        return pool.preparedQuery(STATE).execute(Tuple.of(resource)).await().indefinitely().iterator().next();
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within 20 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
