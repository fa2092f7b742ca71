package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.worklane.it.support.GraphQlSocket;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.JsonHttp;
import io.worklane.it.support.WorklaneServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping the server (SIGTERM, as Kubernetes does) closes its GraphQL WebSockets with 1001 at once,
 * answers the requests it is in the middle of, and ends without waiting out the shutdown timeout
 * (issue #18, item 6: it used to wait 30 s after serving WebSockets).
 */
class GracefulShutdownIT {
    private static final String ADMIN_KEY = "wl_it_graceful_shutdown_admin_key_012345";
    private static final String SUBSCRIPTION =
            "subscription { workItemChanged(workspace: \"grace\", projectKey: \"GR\") { type } }";
    private WorklaneServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void socketsAreClosedGoingAwayAndARequestInFlightIsAnsweredBeforeTheServerEnds() throws Exception {
        server = WorklaneServer.start(ItDirectories.fresh("GracefulShutdownIT").resolve("data"), ADMIN_KEY);
        JsonHttp api = new JsonHttp(server.baseUri(), ADMIN_KEY);
        api.create("/api/v1/workspaces", Map.of("slug", "grace", "name", "Grace"));
        api.create("/api/v1/workspaces/grace/projects", Map.of("key", "GR", "name", "Grace", "kind", "PROJECT"));
        try (GraphQlSocket served = GraphQlSocket.connect(server.baseUri(), ADMIN_KEY)) {
            served.subscribe("earlier", SUBSCRIPTION, Map.of());
        }
        GraphQlSocket live = GraphQlSocket.connect(server.baseUri(), ADMIN_KEY);
        live.subscribe("1", SUBSCRIPTION, Map.of());
        awaitSubscriptionActive(api, live);

        try (Socket inFlight = new Socket("localhost", server.port())) {
            String body = "{\"project\":\"GR\",\"title\":\"Sent while the server stops\"}";
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST /api/v1/workspaces/grace/work-items HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + ADMIN_KEY + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 20)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(500); // the server has the headers: the request is in flight
            long stopping = System.nanoTime();
            server.terminate();

            assertThat(live.closedWith().get(30, TimeUnit.SECONDS)).as("close status of the open socket").isEqualTo(1001);
            out.write(body.substring(20).getBytes(StandardCharsets.UTF_8));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(inFlight.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertThat(statusLine).as("answer to the request in flight").startsWith("HTTP/1.1 201");

            assertThat(server.awaitExit(Duration.ofSeconds(90))).isTrue();
            System.out.printf("[it] the server ended %d ms after SIGTERM%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
        }
        assertThat(server.logTail(200)).contains("Closing 1 GraphQL WebSocket(s) with 1001")
                .contains("worklane stopped in")
                .doesNotContain("Timed out waiting for graceful shutdown");
    }

    private static void awaitSubscriptionActive(JsonHttp api, GraphQlSocket live) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            api.create("/api/v1/workspaces/grace/work-items", Map.of("project", "GR", "title", "Ping " + attempt));
            JsonNode message = live.next(Duration.ofSeconds(5));
            if (message != null && "next".equals(message.path("type").asText())) {
                return;
            }
        }
        throw new AssertionError("the subscription never delivered an event");
    }
}
