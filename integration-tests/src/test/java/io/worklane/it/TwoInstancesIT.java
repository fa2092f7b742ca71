package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.it.support.GraphQlSocket;
import io.worklane.it.support.HaProxy;
import io.worklane.it.support.Independent;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.LoadRunner;
import io.worklane.it.support.StopAfterFirstFailure;
import io.worklane.it.support.Tools;
import io.worklane.it.support.WebhookReceiver;
import io.worklane.it.support.WorklaneServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #18, item 4: two servers on one PostgreSQL behind HAProxy (round-robin) act as one. Load is
 * bounded by counts (a few dozen items, four paced clients), so the whole class fits a CI run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StopAfterFirstFailure.class)
class TwoInstancesIT {
    private static final String ADMIN_KEY = "wl_it_two_instances_admin_key_0123456789ab";
    private static final int PER_MINUTE = 300;
    private static final int WEBHOOK_ITEMS = 40;
    private Path dir;
    private EmbeddedPostgres postgres;
    private Map<String, String> env;
    private final int[] ports = new int[2];
    private final WorklaneServer[] servers = new WorklaneServer[2];
    private HaProxy balancer;
    private JsonHttp viaBalancer;
    private Instant scheduleRuleCreatedAt;

    @BeforeAll
    void twoServersStartingAtOnceOnOneDatabaseBehindHaProxy() throws Exception {
        Assumptions.assumeTrue(HaProxy.installed(), "SKIPPED: haproxy is not installed, so two instances behind a "
                + "load balancer could not be tested (.ci/run installs Debian's haproxy; apt-get install haproxy)");
        dir = ItDirectories.fresh("TwoInstancesIT");
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(true).start();
        env = Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + postgres.getPort() + "/postgres",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                // both instances seal stored secrets with the same key (ADR 0044)
                "WORKLANE_SECRETS_KEY", "aXQ6IG9uZSBzZWFsaW5nIGtleSBmb3IgYWxsIGluc3Q=",
                "WORKLANE_RATE_LIMIT_PER_MINUTE", Integer.toString(PER_MINUTE),
                "WORKLANE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                "WORKLANE_AUTOMATION_TICK", "1s",
                "WORKLANE_AUTOMATION_DUE_DATE_SWEEP", "2s",
                // readiness goes DOWN this long before draining: HAProxy (two failed checks 500 ms apart) stops routing first
                "QUARKUS_SHUTDOWN_DELAY", "4s");
        for (int i = 0; i < 2; i++) {
            ports[i] = WorklaneServer.freePort();
            servers[i] = launch(i, false);
        }
        servers[0].awaitReady();
        servers[1].awaitReady();
        balancer = HaProxy.roundRobin(dir.resolve("haproxy"), List.of(ports[0], ports[1]));
        viaBalancer = new JsonHttp(balancer.baseUri(), ADMIN_KEY);
        awaitBothInRotation();
        viaBalancer.create("/api/v1/workspaces", Map.of("slug", "two", "name", "Two instances"));
        viaBalancer.create("/api/v1/workspaces/two/projects", Map.of("key", "TI", "name", "Two", "kind", "PROJECT"));
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        for (WorklaneServer server : servers) {
            if (server != null) {
                server.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("both servers starting at once ran each migration once")
    void migrationsRanOnce() throws Exception {
        List<String> duplicated = new ArrayList<>();
        int applied = 0;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, count(*), bool_and(success) FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL GROUP BY version")) {
            while (rs.next()) {
                applied++;
                if (rs.getInt(2) != 1 || !rs.getBoolean(3)) {
                    duplicated.add(rs.getString(1));
                }
            }
        }
        assertThat(duplicated).as("versions applied more than once or failed").isEmpty();
        assertThat(applied).as("migrations applied").isGreaterThanOrEqualTo(15);
        assertThat(servers[0].logTail(2000) + servers[1].logTail(2000)).contains("Successfully applied");
    }

    @Test
    @Order(2)
    @Independent
    @DisplayName("an Idempotency-Key replayed to the other instance replays the first answer")
    void idempotencyAcrossInstances() throws Exception {
        Map<String, String> body = Map.of("project", "TI", "title", "Created once");
        JsonNode first = direct(0).post("/api/v1/workspaces/two/work-items", body,
                r -> r.header("Idempotency-Key", "across-instances")).expect(201);
        JsonHttp.Answer replay = direct(1).post("/api/v1/workspaces/two/work-items", body,
                r -> r.header("Idempotency-Key", "across-instances"));
        JsonHttp.Answer reused = direct(1).post("/api/v1/workspaces/two/work-items",
                Map.of("project", "TI", "title", "Another"), r -> r.header("Idempotency-Key", "across-instances"));

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body().path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(replay.body().path("key").asText()).isEqualTo(first.path("key").asText());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    @Order(2)
    @Independent
    @DisplayName("twenty requests at once with one Idempotency-Key, half to each instance, make exactly one item")
    void twentyAtOnceWithOneKeyAcrossInstances() throws Exception {
        Map<String, String> body = Map.of("project", "TI", "title", "Twenty at once");
        ExecutorService senders = Executors.newFixedThreadPool(20);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<CompletableFuture<JsonHttp.Answer>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JsonHttp instance = direct(i % 2);
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return instance.post("/api/v1/workspaces/two/work-items", body,
                            r -> r.header("Idempotency-Key", "twenty-at-once"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, senders));
        }
        go.countDown();
        List<JsonHttp.Answer> answers = sent.stream().map(CompletableFuture::join).toList();
        senders.shutdown();

        assertThat(answers).extracting(JsonHttp.Answer::status).allMatch(s -> s == 201 || s == 409);
        assertThat(answers).filteredOn(a -> a.status() == 409).extracting(a -> a.body().path("code").asText())
                .containsOnly("IDEMPOTENCY_REQUEST_IN_PROGRESS");
        Set<String> created = answers.stream().filter(a -> a.status() == 201).map(a -> a.body().path("id").asText())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(created).as("the one item every 201 answered with").hasSize(1);
        JsonNode items = viaBalancer.get("/api/v1/workspaces/two/work-items?limit=200").expect(200).path("items");
        long made = 0;
        for (JsonNode item : items) {
            made += "Twenty at once".equals(item.path("title").asText()) ? 1 : 0;
        }
        assertThat(made).as("items made").isEqualTo(1);
    }

    @Test
    @Order(3)
    @Independent
    @DisplayName("a GraphQL subscription held on one instance sees a change made through the other")
    void subscriptionSeesTheOtherInstancesChanges() throws Exception {
        try (GraphQlSocket socket = GraphQlSocket.connect(servers[0].baseUri(), ADMIN_KEY)) {
            socket.subscribe("1", "subscription { workItemChanged(workspace: \"two\", projectKey: \"TI\") { type data } }",
                    Map.of());
            String title = null;
            JsonNode seen = null;
            for (int attempt = 0; attempt < 10 && seen == null; attempt++) {
                title = "Seen across " + attempt;
                direct(1).create("/api/v1/workspaces/two/work-items", Map.of("project", "TI", "title", title));
                seen = awaitEventTitled(socket, title, Duration.ofSeconds(6));
            }
            assertThat(seen).as("the change made on instance 2, on instance 1's socket").isNotNull();
            assertThat(seen.path("type").asText()).isEqualTo("work_item.created");
        }
    }

    @Test
    @Order(4)
    @Independent
    @DisplayName("every webhook delivery arrives once, never attempted by both instances at once")
    void webhookDeliveriesAreSharedNotDoubled() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(Duration.ofMillis(100))) {
            viaBalancer.create("/api/v1/workspaces", Map.of("slug", "hooks", "name", "Hooks"));
            viaBalancer.create("/api/v1/workspaces/hooks/projects", Map.of("key", "WH", "name", "Hooks", "kind", "PROJECT"));
            viaBalancer.create("/api/v1/workspaces/hooks/webhooks", Map.of("url", receiver.url(),
                    "eventTypes", List.of("work_item.created")));
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<CompletableFuture<JsonNode>> created = new ArrayList<>();
            for (int i = 0; i < WEBHOOK_ITEMS; i++) {
                String title = "Hooked " + i;
                created.add(CompletableFuture.supplyAsync(() -> createQuietly("hooks", "WH", title), writers));
            }
            created.forEach(CompletableFuture::join);
            writers.shutdown();

            Set<String> committed = webhookIdsOfCreations("hooks");
            assertThat(committed).hasSize(WEBHOOK_ITEMS);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!receiver.attempts().keySet().containsAll(committed) && System.nanoTime() < deadline) {
                Tools.sleep(Duration.ofMillis(200));
            }
            Tools.sleep(Duration.ofSeconds(2)); // a second attempt, if any, would arrive now
            assertThat(receiver.attempts().keySet()).as("delivered webhook-ids").containsAll(committed);
            assertThat(receiver.overlapping()).as("ids attempted twice at once").isEmpty();
            assertThat(receiver.attempts().values()).as("attempts per id").allMatch(n -> n.get() == 1);
        }
    }

    @Test
    @Order(5)
    @Independent
    @DisplayName("time-based automation rules run once per due time with both instances' schedulers on")
    void timeBasedRulesRunOncePerDueTime() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(viaBalancer.create("/api/v1/workspaces/two/work-items", Map.of("project", "TI",
                    "title", "Due " + i, "dueDate", today)).path("key").asText());
        }
        JsonNode rule = viaBalancer.create("/api/v1/workspaces/two/automation-rules", Map.of("name", "Due soon",
                "project", "TI", "trigger", Map.of("type", "DUE_DATE_WITHIN", "days", 3),
                "actions", List.of(Map.of("type", "ADD_COMMENT", "text", "Due soon"))));
        scheduleRuleCreatedAt = Instant.now();
        viaBalancer.create("/api/v1/workspaces/two/automation-rules", Map.of("name", "Every minute",
                "trigger", Map.of("type", "SCHEDULE", "cron", "* * * * *", "timeZone", "UTC"),
                "actions", List.of(Map.of("type", "CREATE_WORK_ITEM", "title", "Minute report", "projectKey", "TI"))));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runsOf(rule.path("id").asText()) < keys.size() && System.nanoTime() < deadline) {
            Tools.sleep(Duration.ofMillis(500));
        }
        Tools.sleep(Duration.ofSeconds(8)); // each instance sweeps every 2 s: several more chances to act twice
        assertThat(runsOf(rule.path("id").asText())).as("runs of the due-date rule, one per item").isEqualTo(keys.size());
        for (String key : keys) {
            assertThat(commentsSaying(key, "Due soon")).as("'Due soon' comments on " + key).isEqualTo(1);
        }
    }

    @Test
    @Order(6)
    @Independent
    @DisplayName("the rate limit is global: a burst through the balancer gets the limit once, not once per instance")
    void theRateLimitIsGlobal() throws Exception {
        JsonHttp key = new JsonHttp(balancer.baseUri(), aWorkspaceKey("burst"));
        long started = System.nanoTime();
        int allowed = 0;
        int refused = 0;
        for (int i = 0; i < PER_MINUTE + 150; i++) {
            int status = key.get("/api/v1/workspaces/two").status();
            allowed += status == 200 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        long refill = Duration.ofNanos(System.nanoTime() - started).toSeconds() * PER_MINUTE / 60 + PER_MINUTE / 60;
        assertThat(allowed + refused).isEqualTo(PER_MINUTE + 150);
        assertThat(allowed).as("allowed out of " + (PER_MINUTE + 150) + " (limit " + PER_MINUTE + " a minute, both "
                + "instances together; per-instance buckets would allow " + 2 * PER_MINUTE + ")")
                .isBetween(PER_MINUTE * 9 / 10, PER_MINUTE + (int) refill);
    }

    @Test
    @Order(7)
    @DisplayName("a rolling restart under load fails no request at the balancer; a starting instance is not ready until its migrations end")
    void rollingRestartFailsNoRequest() throws Exception {
        List<JsonHttp> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            clients.add(new JsonHttp(balancer.baseUri(), aWorkspaceKey("load-" + c)));
        }
        try (LoadRunner load = LoadRunner.start(clients, "two", "TI", Duration.ofMillis(250))) {
            Tools.sleep(Duration.ofSeconds(2));
            restartWhileMigrationsAreHeld(0);
            restart(1);
            Tools.sleep(Duration.ofSeconds(2));
            load.close();
            assertThat(load.failures()).as("failed requests out of " + load.answered()).isEmpty();
            assertThat(load.answered()).isGreaterThan(40);
        }
    }

    @Test
    @Order(8)
    @Independent
    @DisplayName("the every-minute rule ran at most once in each minute")
    void theScheduledRuleRanOncePerMinute() throws Exception {
        Assumptions.assumeTrue(scheduleRuleCreatedAt != null, "the rules step did not run");
        Map<String, Integer> perMinute = new HashMap<>();
        for (JsonNode item : allItems("two")) {
            if (item.path("title").asText().equals("Minute report")) {
                perMinute.merge(Instant.parse(item.path("createdAt").asText()).truncatedTo(ChronoUnit.MINUTES)
                        .toString(), 1, Integer::sum);
            }
        }
        assertThat(perMinute.values()).as("reports per minute").allMatch(n -> n == 1);
        if (Duration.between(scheduleRuleCreatedAt, Instant.now()).toSeconds() > 130) {
            assertThat(perMinute).as("the rule ran at all").isNotEmpty();
        }
    }

    /** Stops an instance (SIGTERM), restarts it on its port and, while its migrations wait on a lock, checks it is not ready. */
    private void restartWhileMigrationsAreHeld(int i) throws Exception {
        servers[i].terminate();
        assertThat(servers[i].awaitExit(Duration.ofSeconds(60))).isTrue();
        try (Connection lock = postgres.getPostgresDatabase().getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE flyway_schema_history IN ACCESS EXCLUSIVE MODE");
            servers[i] = launch(i, false);
            awaitMigrationsWaitingOnTheLock();
            JsonHttp health = new JsonHttp(servers[i].baseUri(), null);
            for (int probe = 0; probe < 12; probe++) {
                assertThat(readyStatus(health)).as("readiness while migrations wait").isNotEqualTo(200);
                Tools.sleep(Duration.ofMillis(250));
            }
            lock.rollback();
        }
        servers[i].awaitReady();
        awaitBothInRotation();
    }

    private void restart(int i) {
        servers[i].terminate();
        assertThat(servers[i].awaitExit(Duration.ofSeconds(60))).isTrue();
        servers[i] = launch(i, true);
        awaitBothInRotation();
    }

    private WorklaneServer launch(int i, boolean awaitReady) {
        return WorklaneServer.startOnPort(ports[i], dir.resolve("instance-" + (i + 1)).resolve("data"), ADMIN_KEY, env,
                awaitReady);
    }

    private void awaitMigrationsWaitingOnTheLock() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted"
                        + " AND relation = 'flyway_schema_history'::regclass")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Tools.sleep(Duration.ofMillis(200));
            }
        }
        throw new AssertionError("the restarted instance never reached its migrations");
    }

    private static int readyStatus(JsonHttp health) {
        try {
            return health.get("/q/health/ready").status();
        } catch (Exception notListening) {
            return -1;
        }
    }

    /** Both instances pass HAProxy's check (rise 2 × 500 ms) and answer through it. */
    private void awaitBothInRotation() {
        Tools.sleep(Duration.ofSeconds(3));
    }

    private JsonHttp direct(int i) {
        return new JsonHttp(servers[i].baseUri(), ADMIN_KEY);
    }

    private String aWorkspaceKey(String name) throws Exception {
        return viaBalancer.create("/api/v1/workspaces/two/api-keys", Map.of("name", name, "scopes", List.of("admin")))
                .path("secret").asText();
    }

    private JsonNode createQuietly(String workspace, String project, String title) {
        try {
            return viaBalancer.create("/api/v1/workspaces/" + workspace + "/work-items",
                    Map.of("project", project, "title", title));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode awaitEventTitled(GraphQlSocket socket, String title, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = socket.next(Duration.ofMillis(500));
            if (message != null && "next".equals(message.path("type").asText())) {
                JsonNode event = message.path("payload").path("data").path("workItemChanged");
                if (title.equals(event.path("data").path("title").asText())) {
                    return event;
                }
            }
        }
        return null;
    }

    private Set<String> webhookIdsOfCreations(String workspace) throws Exception {
        Set<String> ids = new HashSet<>();
        JsonNode page = viaBalancer.get("/api/v1/workspaces/" + workspace + "/events?afterSeq=0&limit=1000").expect(200);
        page.path("items").forEach(e -> {
            if (e.path("type").asText().equals("work_item.created")) {
                ids.add("msg_" + e.path("id").asText().replace("-", ""));
            }
        });
        return ids;
    }

    private int runsOf(String ruleId) throws Exception {
        return viaBalancer.get("/api/v1/workspaces/two/automation-rules/" + ruleId + "/runs?limit=200").expect(200)
                .path("items").size();
    }

    private int commentsSaying(String itemKey, String text) throws Exception {
        int count = 0;
        for (JsonNode comment : viaBalancer.get("/api/v1/workspaces/two/work-items/" + itemKey + "/comments?limit=200")
                .expect(200).path("items")) {
            count += comment.path("body").asText(comment.path("text").asText()).equals(text) ? 1 : 0;
        }
        return count;
    }

    private List<JsonNode> allItems(String workspace) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = viaBalancer.get("/api/v1/workspaces/" + workspace + "/work-items?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))).expect(200);
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }
}
