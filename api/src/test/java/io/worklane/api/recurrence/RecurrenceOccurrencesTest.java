package io.worklane.api.recurrence;

import static io.worklane.api.recurrence.RecurrencesRestTest.aSeries;
import static io.worklane.api.recurrence.RecurrencesRestTest.recurrences;
import static io.worklane.api.recurrence.RecurrencesRestTest.weekly;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.worklane.api.application.recurrence.RecurrenceScheduler;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Series create their items on time, once: the tests run the scheduler's tick themselves at the instant they
 * choose (the ticking scheduler is off in tests), for series dated in 2030.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RecurrenceOccurrencesTest {
    /** The first Monday's occurrence: 09:00 in Berlin. */
    private static final Instant FIRST = Instant.parse("2030-01-07T08:00:00Z");

    @Inject
    RecurrenceScheduler scheduler;

    private int runDue(Instant now) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> scheduler.runDue(now));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath items(String ws, String project) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?project=" + project).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void an_occurrence_is_created_on_time_once_and_the_series_moves_to_the_next_date() {
        String ws = aWorkspace();
        aProject(ws, "OC");
        String id = aSeries(ws, weekly("OC", "FREQ=WEEKLY;BYDAY=MO"));

        runDue(FIRST.minusSeconds(1));
        assertThat(items(ws, "OC").getList("items")).isEmpty();

        runDue(FIRST.plusSeconds(5));
        runDue(FIRST.plusSeconds(10)); // the same occurrence again: nothing more
        JsonPath created = items(ws, "OC");
        assertThat(created.getList("items.title", String.class)).containsExactly("Weekly report 2030-01-07");
        assertThat(created.getString("items[0].startDate")).isEqualTo("2030-01-07");
        assertThat(created.getString("items[0].dueDate")).isEqualTo("2030-01-11");
        assertThat(created.getString("items[0].priority")).isEqualTo("HIGH");
        assertThat(created.getList("items[0].labels", String.class)).containsExactly("report");

        asAdmin().get(recurrences(ws) + "/" + id).then().statusCode(200)
                .body("occurrences", equalTo(1)).body("lastOccurrenceAt", equalTo("2030-01-07T08:00:00Z"))
                .body("nextOccurrenceAt", equalTo("2030-01-14T08:00:00Z")).body("version", equalTo(0))
                .body("latestOccurrences.key", equalTo(List.of(created.getString("items[0].key"))));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItems("work_item.created", "recurrence.occurred"));
    }

    @Test
    void after_missed_ticks_only_the_latest_missed_occurrence_is_created() {
        String ws = aWorkspace();
        aProject(ws, "MS");
        String id = aSeries(ws, weekly("MS", "FREQ=WEEKLY;BYDAY=MO"));

        runDue(FIRST.plus(Duration.ofDays(21)).plusSeconds(3600)); // down for three weeks

        assertThat(items(ws, "MS").getList("items.title", String.class)).containsExactly("Weekly report 2030-01-28");
        asAdmin().get(recurrences(ws) + "/" + id).then().statusCode(200)
                .body("nextOccurrenceAt", equalTo("2030-02-04T08:00:00Z")).body("occurrences", equalTo(1));
    }

    @Test
    void count_ends_the_series_after_its_last_occurrence() {
        String ws = aWorkspace();
        aProject(ws, "CT");
        String id = aSeries(ws, weekly("CT", "FREQ=WEEKLY;BYDAY=MO;COUNT=2"));

        runDue(FIRST);
        runDue(FIRST.plus(Duration.ofDays(7)));
        runDue(FIRST.plus(Duration.ofDays(14)));

        assertThat(items(ws, "CT").getList("items")).hasSize(2);
        asAdmin().get(recurrences(ws) + "/" + id).then().statusCode(200).body("status", equalTo("ENDED"))
                .body("nextOccurrenceAt", equalTo(null)).body("occurrences", equalTo(2));
    }

    @Test
    void an_ended_series_creates_nothing() {
        String ws = aWorkspace();
        aProject(ws, "EN");
        String id = aSeries(ws, weekly("EN", "FREQ=DAILY"));
        asAdmin().post(recurrences(ws) + "/" + id + "/end").then().statusCode(200);

        runDue(FIRST.plus(Duration.ofDays(3)));

        assertThat(items(ws, "EN").getList("items")).isEmpty();
    }

    @Test
    void two_instances_ticking_at_once_create_each_occurrence_exactly_once() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "TW");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(aSeries(ws, weekly("TW", "FREQ=WEEKLY;BYDAY=MO")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> claimers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claimers.add(pool.submit((Callable<Integer>) () -> runDue(FIRST.plusSeconds(1))));
            }
            int created = 0;
            for (Future<Integer> claimer : claimers) {
                created += claimer.get();
            }
            assertThat(created).isGreaterThanOrEqualTo(ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(items(ws, "TW").getList("items")).hasSize(ids.size());
        for (String id : ids) {
            asAdmin().get(recurrences(ws) + "/" + id).then().body("occurrences", equalTo(1));
        }
    }
}
