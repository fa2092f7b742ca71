package io.worklane.api.rest;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change writes its event in its own transaction, numbered without gaps; a failure writes none. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class OutboxAndHistoryTest {
    @Inject
    Pool pool;

    private List<Row> eventsOf(String slug) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT e.seq, e.type, e.data::text AS data, e.previous::text AS previous FROM events e"
                        + " JOIN workspaces w ON w.id = e.workspace_id WHERE w.slug = $1 ORDER BY e.seq")
                .execute(Tuple.of(slug)).await().indefinitely().forEach(rows::add);
        return rows;
    }

    @Test
    void changesAreRecordedAsGapFreeEventsAndFailuresRecordNothing() {
        String ws = aWorkspace();
        aProject(ws, "EV");
        aWorkItem(ws, "EV", "Observed");
        asAdmin().body(Map.of("project", "EV", "title", "")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(400);
        asAdmin().body("{\"to\":\"in_progress\"}")
                .post("/api/v1/workspaces/" + ws + "/work-items/EV-1/transitions").then().statusCode(200);
        asAdmin().header("If-Match", "\"0\"").body("{\"to\":\"done\"}")
                .post("/api/v1/workspaces/" + ws + "/work-items/EV-1/transitions").then().statusCode(412);

        List<Row> events = eventsOf(ws);
        assertThat(events).extracting(r -> r.getString("type"))
                .containsExactly("workspace.created", "project.created", "work_item.created", "work_item.transitioned");
        assertThat(events).extracting(r -> r.getLong("seq")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(3).getString("previous")).contains("\"status\": \"todo\"").doesNotContain("title");
        assertThat(events.get(3).getString("data")).contains("\"status\": \"in_progress\"")
                .contains("\"from\": \"todo\"").contains("\"to\": \"in_progress\"");
    }

    @Test
    void anEditedCommentKeepsItsEarlierBody() {
        String ws = aWorkspace();
        aProject(ws, "HI");
        aWorkItem(ws, "HI", "Talked about");
        String url = "/api/v1/workspaces/" + ws + "/work-items/HI-1/comments";
        String id = asAdmin().body(Map.of("body", "Draft")).post(url).then().statusCode(201).extract().path("id");
        asAdmin().contentType("application/merge-patch+json").body("{\"body\":\"Final\"}").patch(url + "/" + id)
                .then().statusCode(200);
        List<String> history = new ArrayList<>();
        pool.preparedQuery("SELECT body FROM comment_revisions WHERE comment_id = $1::uuid ORDER BY id")
                .execute(Tuple.of(id)).await().indefinitely().forEach(r -> history.add(r.getString("body")));
        assertThat(history).containsExactly("Draft");
    }
}
