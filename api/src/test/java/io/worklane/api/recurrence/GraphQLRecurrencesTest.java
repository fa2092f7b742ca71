package io.worklane.api.recurrence;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.worklane.api.application.recurrence.RecurrenceScheduler;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recurring series over GraphQL: the same use cases as REST, and their items in one statement per page. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLRecurrencesTest {
    private static final String CREATE = "mutation($in: CreateRecurrenceInput!) { createRecurrence(input: $in) {"
            + " recurrence { id status nextOccurrenceAt version template { title dueInDays priority } } } }";

    @Inject
    RecurrenceScheduler scheduler;

    @Test
    void a_series_is_started_listed_with_its_items_changed_and_ended() throws Throwable {
        String ws = aWorkspace();
        aProject(ws, "GQ");
        Map<String, Object> in = Map.of("workspace", ws, "project", "GQ", "rrule", "FREQ=DAILY",
                "dtstart", "2030-01-07T09:00:00", "timeZone", "UTC", "idempotencyKey", "gq-rec-1",
                "template", Map.of("title", "Daily check {date}", "dueInDays", 1, "priority", "LOW"));
        JsonPath created = GraphQL.ok(ADMIN_KEY, CREATE, Map.of("in", in));
        String id = created.getString("data.createRecurrence.recurrence.id");
        assertThat(created.getString("data.createRecurrence.recurrence.nextOccurrenceAt"))
                .isEqualTo("2030-01-07T09:00:00Z");
        assertThat(GraphQL.ok(ADMIN_KEY, CREATE, Map.of("in", in)).getString("data.createRecurrence.recurrence.id"))
                .isEqualTo(id);
        VertxContextSupport.subscribeAndAwait(() -> scheduler.runDue(Instant.parse("2030-01-07T09:00:01Z")));

        JsonPath listed = GraphQL.ok(ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) { recurrences(project: \"GQ\")"
                + " { edges { node { id occurrences latestOccurrences { key occurrenceAt } } } } } }", Map.of("ws", ws));
        assertThat(listed.getList("data.workspace.recurrences.edges.node.id", String.class)).containsExactly(id);
        assertThat(listed.getString("data.workspace.recurrences.edges[0].node.latestOccurrences[0].occurrenceAt"))
                .isEqualTo("2030-01-07T09:00:00Z");

        JsonPath item = GraphQL.ok(ADMIN_KEY, "query($ws: String!) { workspace(idOrSlug: $ws) { workItems(filter:"
                + " {project: \"GQ\"}) { edges { node { title recurrence { id rrule } } } } } }", Map.of("ws", ws));
        assertThat(item.getString("data.workspace.workItems.edges[0].node.title")).isEqualTo("Daily check 2030-01-07");
        assertThat(item.getString("data.workspace.workItems.edges[0].node.recurrence.id")).isEqualTo(id);

        JsonPath updated = GraphQL.ok(ADMIN_KEY, "mutation($in: UpdateRecurrenceInput!) { updateRecurrence(input: $in)"
                + " { recurrence { rrule version template { title dueInDays } } } }", Map.of("in", Map.of("workspace", ws,
                "id", id, "expectedVersion", 0, "rrule", "FREQ=WEEKLY;BYDAY=FR", "template", Map.of("dueInDays", 3))));
        assertThat(updated.getString("data.updateRecurrence.recurrence.rrule")).isEqualTo("FREQ=WEEKLY;BYDAY=FR");
        assertThat(updated.getInt("data.updateRecurrence.recurrence.template.dueInDays")).isEqualTo(3);
        assertThat(updated.getString("data.updateRecurrence.recurrence.template.title")).isEqualTo("Daily check {date}");

        JsonPath stale = GraphQL.as(ADMIN_KEY, "mutation($in: EndRecurrenceInput!) { endRecurrence(input: $in)"
                + " { recurrence { status } } }", Map.of("in", Map.of("workspace", ws, "id", id, "expectedVersion", 0)));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        JsonPath ended = GraphQL.ok(ADMIN_KEY, "mutation($in: EndRecurrenceInput!) { endRecurrence(input: $in)"
                + " { recurrence { status nextOccurrenceAt } } }", Map.of("in", Map.of("workspace", ws, "id", id)));
        assertThat(ended.getString("data.endRecurrence.recurrence.status")).isEqualTo("ENDED");

        JsonPath bad = GraphQL.as(ADMIN_KEY, CREATE, Map.of("in", Map.of("workspace", ws, "project", "GQ",
                "rrule", "FREQ=SECONDLY", "dtstart", "2030-01-07T09:00:00", "timeZone", "UTC",
                "template", Map.of("title", "Too often"))));
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("INVALID_RECURRENCE");
    }
}
