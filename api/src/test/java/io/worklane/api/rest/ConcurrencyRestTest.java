package io.worklane.api.rest;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** No lost updates and no duplicate numbers, even when requests race. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ConcurrencyRestTest {

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String ws = aWorkspace();
        aProject(ws, "CC");
        aWorkItem(ws, "CC", "Original");
        String url = "/api/v1/workspaces/" + ws + "/work-items/CC-1";
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"title\":\"First\"}")
                .patch(url).then().statusCode(200).header("ETag", equalTo("\"1\""));
        asAdmin().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"title\":\"Second\"}")
                .patch(url).then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("CONFLICT"));
        asAdmin().get(url).then().body("title", equalTo("First"));
        asAdmin().header("If-Match", "\"0\"").delete(url).then().statusCode(412);
        asAdmin().header("If-Match", "\"1\"").delete(url).then().statusCode(204);
        asAdmin().get(url).then().statusCode(404).body("code", equalTo("WORK_ITEM_NOT_FOUND"));
    }

    @Test
    void concurrentCreatesGetGapFreeUniqueNumbers() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "RACE");
        int n = 24;
        List<String> keys = runConcurrently(n, i -> aWorkItem(ws, "RACE", "Item " + i).extract().path("key"));
        List<String> expected = IntStream.rangeClosed(1, n).mapToObj(i -> "RACE-" + i).toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void ofTwoRacingUpdatesOnTheSameVersionOnlyOneWins() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "LOCK");
        aWorkItem(ws, "LOCK", "Contended");
        String url = "/api/v1/workspaces/" + ws + "/work-items/LOCK-1";
        List<Integer> statuses = runConcurrently(6, i -> asAdmin().header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json").body("{\"title\":\"Writer " + i + "\"}")
                .patch(url).then().extract().statusCode());
        assertThat(statuses).containsOnly(200, 412).filteredOn(s -> s == 200).hasSize(1);
        asAdmin().get(url).then().body("version", equalTo(1));
    }

    interface Call<T> {
        T run(int i);
    }

    static <T> List<T> runConcurrently(int n, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> call.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
