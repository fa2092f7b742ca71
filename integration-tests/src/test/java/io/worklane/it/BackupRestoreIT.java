package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.worklane.it.support.DebianPostgres;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.WebhookReceiver;
import io.worklane.it.support.WorklaneServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue #18, item 7: the backup the operator guide prescribes, done for real. A populated instance
 * (items, a changed item, comments, a budget, a webhook, the change feed) on an external PostgreSQL is
 * dumped with {@code pg_dump} while it serves, restored with {@code pg_restore} into a fresh database,
 * and a server started on that database answers exactly what the original answered, and goes on
 * working: optimistic versions, Idempotency-Key replays, project keys, the change feed without a gap,
 * and webhook deliveries signed with the secret sealed before the dump.
 */
class BackupRestoreIT {
    private static final String ADMIN_KEY = "wl_it_backup_restore_admin_key_0123456789";
    private static final String SECRETS_KEY = "YmFja3VwLXJlc3RvcmU6IG9uZSBzZWFsaW5nIGtleSE=";
    private static final String WS = "/api/v1/workspaces/backup";
    private DebianPostgres postgres;
    private WorklaneServer server;
    private final WebhookReceiver receiver = WebhookReceiver.start(Duration.ZERO);

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        receiver.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDumpOfAServingInstanceRestoresIntoAFreshDatabaseThatServesAndWorksOn() throws Exception {
        Assumptions.assumeTrue(DebianPostgres.binaries().isPresent(), DebianPostgres.notInstalled());
        Path dir = ItDirectories.fresh(BackupRestoreIT.class.getSimpleName());
        postgres = DebianPostgres.start(dir.resolve("pg"));
        postgres.createDatabase("worklane");
        server = WorklaneServer.start(dir.resolve("original"), ADMIN_KEY, env("worklane"));
        JsonHttp original = new JsonHttp(server.baseUri(), ADMIN_KEY);
        populate(original);
        Map<String, JsonNode> before = everything(original);

        Path dump = postgres.dir().resolve("worklane.dump");
        assertThat(majorOf(postgres.run(Duration.ofSeconds(10), "pg_dump", "--version")))
                .as("pg_dump's major version is the server's or newer").isGreaterThanOrEqualTo(serverMajor());
        postgres.run(Duration.ofSeconds(120), "pg_dump", "--format=custom", "--file=" + dump,
                "--host=localhost", "--port=" + postgres.port(), "--username=postgres", "worklane");
        server.stop();
        postgres.createDatabase("restored");
        postgres.run(Duration.ofSeconds(120), "pg_restore", "--no-owner", "--exit-on-error", "--host=localhost",
                "--port=" + postgres.port(), "--username=postgres", "--dbname=restored", dump.toString());

        server = WorklaneServer.start(dir.resolve("restored"), ADMIN_KEY, env("restored"));
        JsonHttp restored = new JsonHttp(server.baseUri(), ADMIN_KEY);
        assertThat(server.logTail(400)).as("nothing to migrate on a restored database").doesNotContain("Successfully applied");
        Map<String, JsonNode> after = everything(restored);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((what, answer) -> assertThat(after.get(what)).as(what + " after the restore").isEqualTo(answer));

        goesOnWorking(restored, before.get("events").path("nextAfterSeq").asLong());
        System.out.println("[it] dump of " + Files.size(dump) + " bytes restored; " + before.size() + " reads identical");
    }

    /** A bit of everything an instance keeps, through the API. */
    private void populate(JsonHttp api) throws Exception {
        api.create("/api/v1/workspaces", Map.of("slug", "backup", "name", "Backup"));
        api.create(WS + "/projects", Map.of("key", "BK", "name", "Backed up", "kind", "PROJECT"));
        JsonNode hook = api.create(WS + "/webhooks", Map.of("url", receiver.url(),
                "eventTypes", List.of("work_item.*")));
        receiver.verifyWith(hook.path("secret").asText());
        for (int i = 1; i <= 5; i++) {
            int n = i;
            api.post(WS + "/work-items", Map.of("project", "BK", "title", "Item " + n),
                    r -> r.header("Idempotency-Key", "item-" + n)).expect(201);
        }
        api.patch(WS + "/work-items/BK-1", Map.of("title", "Item 1, renamed"), r -> r.header("If-Match", "\"0\"")).expect(200);
        api.create(WS + "/work-items/BK-1/comments", Map.of("body", "Before the **backup**"));
        api.create(WS + "/work-items/BK-2/comments", Map.of("body", "Another one"));
        api.create(WS + "/budgets", Map.of("project", "BK", "currency", "EUR",
                "lines", List.of(Map.of("category", "LABOUR", "planned", Map.of("amount", "8000.00", "currency", "EUR")))));
    }

    /** The answers that must be the same before the dump and after the restore. */
    private static Map<String, JsonNode> everything(JsonHttp api) throws Exception {
        Map<String, JsonNode> reads = new HashMap<>();
        for (String path : List.of("/work-items?limit=100", "/work-items/BK-1", "/work-items/BK-1/comments",
                "/work-items/BK-2/comments", "/budgets", "/webhooks", "/projects", "/events?limit=1000")) {
            reads.put(path.startsWith("/events") ? "events" : path, api.get(WS + path).expect(200));
        }
        reads.put("etag of BK-1", TextNode.valueOf(api.get(WS + "/work-items/BK-1").header("ETag").orElse("")));
        return reads;
    }

    private void goesOnWorking(JsonHttp api, long lastSeq) throws Exception {
        assertThat(api.patch(WS + "/work-items/BK-1", Map.of("title", "stale"), r -> r.header("If-Match", "\"0\"")).status())
                .as("a stale version is still refused").isEqualTo(412);
        JsonHttp.Answer changed = api.patch(WS + "/work-items/BK-1", Map.of("title", "Item 1, after the restore"),
                r -> r.header("If-Match", "\"1\""));
        assertThat(changed.expect(200).path("version").asLong()).isEqualTo(2);
        assertThat(changed.header("ETag")).contains("\"2\"");

        JsonHttp.Answer replay = api.post(WS + "/work-items", Map.of("project", "BK", "title", "Item 1"),
                r -> r.header("Idempotency-Key", "item-1"));
        assertThat(replay.expect(201).path("key").asText()).as("an Idempotency-Key used before the backup replays").isEqualTo("BK-1");
        JsonNode created = api.post(WS + "/work-items", Map.of("project", "BK", "title", "Item 6"),
                r -> r.header("Idempotency-Key", "item-6")).expect(201);
        assertThat(created.path("key").asText()).as("project keys continue").isEqualTo("BK-6");

        JsonNode feed = api.get(WS + "/events?afterSeq=" + lastSeq).expect(200);
        List<String> next = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        feed.path("items").forEach(e -> {
            next.add(e.path("type").asText());
            seqs.add(e.path("seq").asLong());
        });
        assertThat(next).as("the change feed continues after its last event").containsExactly("work_item.updated", "work_item.created");
        assertThat(seqs).containsExactly(lastSeq + 1, lastSeq + 2);

        String messageId = "msg_" + feed.path("items").get(1).path("id").asText().replace("-", "");
        receiver.awaitAll(Set.of(messageId), Duration.ofSeconds(30));
        assertThat(receiver.receivedIds()).as("the webhook still delivers after the restore").contains(messageId);
        assertThat(receiver.unverified()).as("deliveries not signed with the secret sealed before the backup").isEmpty();
    }

    private Map<String, String> env(String database) {
        Map<String, String> env = new HashMap<>(postgres.serverEnv(database, SECRETS_KEY));
        env.put("WORKLANE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        return env;
    }

    private int serverMajor() throws Exception {
        try (var c = postgres.connect("worklane"); var rs = c.createStatement().executeQuery("SHOW server_version_num")) {
            rs.next();
            return rs.getInt(1) / 10000;
        }
    }

    /** "pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)" → 15. */
    private static int majorOf(String version) {
        return Integer.parseInt(version.replaceAll("(?s)^\\D*(\\d+).*$", "$1"));
    }
}
