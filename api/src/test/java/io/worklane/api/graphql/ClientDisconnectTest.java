package io.worklane.api.graphql;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A client that goes away in the middle of a GraphQL mutation is not the server's error: its transaction
 * is rolled back quietly, and nothing is logged at ERROR (issue #19: HR000090 was).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ClientDisconnectTest {
    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void a_client_leaving_during_mutations_logs_no_error() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "DC");
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            for (int i = 0; i < 8; i++) {
                sendAndLeave(manyCreations(ws), i);
            }
            int created = settled(ws);
            assertThat(errors).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
            assertThat(createdEvents(ws)).as("every item committed with its event, none without").isEqualTo(created);
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }

    /** The number of items once the abandoned requests have finished (unchanged for two seconds). */
    private static int settled(String ws) throws InterruptedException {
        int last = -1;
        for (int same = 0; same < 4; ) {
            Thread.sleep(500);
            int now = asAdmin().queryParam("project", "DC").queryParam("limit", 200)
                    .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200).extract()
                    .jsonPath().getList("items").size();
            same = now == last ? same + 1 : 0;
            last = now;
        }
        return last;
    }

    private static int createdEvents(String ws) {
        return asAdmin().queryParam("limit", 500).get("/api/v1/workspaces/" + ws + "/events").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.type == 'work_item.created' }").size();
    }

    /** Ten creations in one mutation, each its own transaction, run one after the other. */
    private static String manyCreations(String ws) {
        StringBuilder doc = new StringBuilder("mutation {");
        for (int i = 0; i < 10; i++) {
            doc.append(" c").append(i).append(": createWorkItem(input: {workspace: \\\"").append(ws)
                    .append("\\\", project: \\\"DC\\\", title: \\\"Left behind ").append(i)
                    .append("\\\"}) { workItem { key } }");
        }
        return "{\"query\": \"" + doc.append(" }") + "\"}";
    }

    /** Sends the request and closes the connection after {@code waitMillis}, before the answer. */
    private void sendAndLeave(String body, int waitMillis) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            Thread.sleep(waitMillis * 5L);
        }
    }
}
