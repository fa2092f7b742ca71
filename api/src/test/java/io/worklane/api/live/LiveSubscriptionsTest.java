package io.worklane.api.live;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.GraphQLSocket;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GraphQL subscriptions over graphql-transport-ws, fed by the database's announcements of committed events. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LiveSubscriptionsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String EVENTS = "subscription($ws: String, $types: [String!]) { events(workspace: $ws,"
            + " types: $types) { seq type subjectId data } }";
    private static final String ITEMS = "subscription($ws: String, $key: String!) { workItemChanged(workspace: $ws,"
            + " projectKey: $key) { seq type data } }";

    @Inject
    Pool pool;

    @Test
    void eventsArriveInSeqOrderFilteredByType() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "LIV");
        try (GraphQLSocket socket = GraphQLSocket.withKey(ADMIN_KEY)) {
            socket.subscribe("1", EVENTS, Map.of("ws", idOf(ws), "types", List.of("work_item.*")));
            awaitSubscribed();
            aWorkItem(ws, "LIV", "First");
            aProject(ws, "OTH");
            aWorkItem(ws, "LIV", "Second");

            JsonObject first = data(socket.next(WAIT), "events");
            JsonObject second = data(socket.next(WAIT), "events");
            assertThat(List.of(first.getString("type"), second.getString("type")))
                    .containsExactly("work_item.created", "work_item.created");
            assertThat(second.getLong("seq")).isGreaterThan(first.getLong("seq") + 1); // project.created between
            assertThat(second.getJsonObject("data").getString("title")).isEqualTo("Second");
            assertThat(socket.next(Duration.ofMillis(500))).isNull();
        }
        // subscriptions leave SmallRye's context on event-loop threads; REST validation must not trip on it
        for (int i = 0; i < 8; i++) {
            asAdmin().body(Map.of("url", "https://example.com/hooks", "eventTypes", List.of())).post("/api/v1/workspaces/"
                    + ws + "/webhooks").then().statusCode(400);
        }
    }

    @Test
    void subscriptionsAndTheChangeFeedCarryTheSameEvents() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "SAM");
        try (GraphQLSocket socket = GraphQLSocket.withKey(ADMIN_KEY)) {
            socket.subscribe("1", EVENTS, Map.of("ws", idOf(ws)));
            awaitSubscribed();
            String key = aWorkItem(ws, "SAM", "One").extract().path("key");
            asAdmin().body(Map.of("body", "A comment")).post("/api/v1/workspaces/" + ws + "/work-items/" + key
                    + "/comments").then().statusCode(201);
            aWorkItem(ws, "SAM", "Two");

            List<String> live = new ArrayList<>();
            long firstSeq = 0;
            for (int i = 0; i < 3; i++) {
                JsonObject e = data(socket.next(WAIT), "events");
                firstSeq = i == 0 ? e.getLong("seq") : firstSeq;
                live.add(e.getLong("seq") + " " + e.getString("type") + " " + e.getString("subjectId"));
            }
            List<Map<String, Object>> feed = asAdmin().get("/api/v1/workspaces/" + ws + "/events?afterSeq="
                    + (firstSeq - 1)).then().statusCode(200).extract().path("items");
            assertThat(live).containsExactlyElementsOf(feed.stream()
                    .map(e -> e.get("seq") + " " + e.get("type") + " " + e.get("subjectId")).toList());
        }
    }

    @Test
    void workItemChangedFollowsOneProject() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "ONE");
        aProject(ws, "TWO");
        try (GraphQLSocket socket = GraphQLSocket.withKey(ADMIN_KEY)) {
            socket.subscribe("7", ITEMS, Map.of("ws", idOf(ws), "key", "ONE"));
            awaitSubscribed();
            aWorkItem(ws, "TWO", "Elsewhere");
            String key = aWorkItem(ws, "ONE", "Here").extract().path("key");
            asAdmin().body(Map.of("title", "Here, renamed")).patch("/api/v1/workspaces/" + ws + "/work-items/" + key)
                    .then().statusCode(200);

            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonObject change = data(socket.next(WAIT), "workItemChanged");
                seen.add(change.getString("type") + " " + change.getJsonObject("data").getString("title"));
            }
            assertThat(seen).containsExactly("work_item.created Here", "work_item.updated Here, renamed");
        }
    }

    @Test
    void anEventCommittedByAnotherWriterReachesSubscribers() throws Exception {
        String ws = aWorkspace();
        UUID wsId = UUID.fromString(idOf(ws));
        try (GraphQLSocket socket = GraphQLSocket.withKey(ADMIN_KEY)) {
            socket.subscribe("1", EVENTS, Map.of("ws", idOf(ws), "types", List.of("custom.*")));
            awaitSubscribed();
            // a stranger's notice on the channel is dropped, not the end of the stream
            pool.query("NOTIFY worklane_events, 'not an event'").execute().await().indefinitely();
            // what another instance does: its own connection, its own transaction, nothing in this process
            pool.withTransaction(c -> c.preparedQuery("WITH s AS (UPDATE workspaces SET last_event_seq ="
                    + " last_event_seq + 1 WHERE id = $1 RETURNING last_event_seq) INSERT INTO events (id,"
                    + " workspace_id, seq, type, actor_kind, actor_id, occurred_at, data) SELECT $2, $1,"
                    + " s.last_event_seq, 'custom.elsewhere', 'SYSTEM', 'other-instance', now(), '{\"from\":\"b\"}'"
                    + " FROM s").execute(Tuple.of(wsId, UUID.randomUUID()))).await().indefinitely();

            JsonObject event = data(socket.next(WAIT), "events");
            assertThat(event.getString("type")).isEqualTo("custom.elsewhere");
            assertThat(event.getJsonObject("data").getString("from")).isEqualTo("b");
        }
    }

    @Test
    void authorizationIsThatOfTheQueries() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "SEC");
        String itemsOnly = asAdmin().body(Map.of("name", "Board", "scopes", List.of("work_items:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        try (GraphQLSocket socket = GraphQLSocket.withKey(itemsOnly)) {
            socket.subscribe("1", EVENTS, Map.of());
            JsonObject refused = socket.next(WAIT);
            assertThat(refused.encode()).contains("INSUFFICIENT_SCOPE").contains("webhooks:read");
            assertThat(socket.next(WAIT).getString("type")).isEqualTo("complete");

            socket.subscribe("2", ITEMS, Map.of("key", "SEC")); // the key's only workspace is implied
            awaitSubscribed();
            aWorkItem(ws, "SEC", "Visible");
            assertThat(data(socket.next(WAIT), "workItemChanged").getString("type")).isEqualTo("work_item.created");
        }
        String other = aWorkspace();
        try (GraphQLSocket socket = GraphQLSocket.withKey(itemsOnly)) {
            socket.subscribe("1", ITEMS, Map.of("ws", other, "key", "SEC"));
            assertThat(socket.next(WAIT).encode()).contains("WORKSPACE_NOT_FOUND");
            assertThat(socket.next(WAIT).getString("type")).isEqualTo("complete");
            socket.subscribe("2", ITEMS, Map.of("ws", ws, "key", "NOPE"));
            assertThat(socket.next(WAIT).encode()).contains("PROJECT_NOT_FOUND");
        }
    }

    @Test
    void aBrowserAuthenticatesInConnectionInit() throws Exception {
        String ws = aWorkspace();
        try (GraphQLSocket socket = GraphQLSocket.withInitPayload(ADMIN_KEY)) {
            socket.subscribe("1", EVENTS, Map.of("ws", idOf(ws)));
            awaitSubscribed();
            aProject(ws, "BRO");
            assertThat(data(socket.next(WAIT), "events").getString("type")).isEqualTo("project.created");
        }
    }

    private static String idOf(String ws) {
        return asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200).extract().path("id");
    }

    private static JsonObject data(JsonObject message, String field) {
        assertThat(message).as("a message within " + WAIT).isNotNull();
        assertThat(message.getString("type")).as(message.encode()).isEqualTo("next");
        assertThat(message.getJsonObject("payload").getValue("errors")).as(message.encode()).isNull();
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject(field);
    }

    /** A subscription is live once its tail has read the workspace's seq; there is no protocol message for it. */
    private static void awaitSubscribed() throws InterruptedException {
        Thread.sleep(1000);
    }
}
