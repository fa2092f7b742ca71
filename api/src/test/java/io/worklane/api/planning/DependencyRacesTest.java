package io.worklane.api.planning;

import static io.worklane.api.planning.Planning.dependencies;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two requests that together would close a cycle, sent at the same moment over real HTTP: one wins,
 * the other is refused with DEPENDENCY_CYCLE, and the graph holds exactly one of the two edges.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DependencyRacesTest {
    private static final int ROUNDS = 8;

    @Test
    void of_two_simultaneous_dependencies_closing_a_cycle_one_wins_and_the_other_is_refused() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "RACE");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String a = aWorkItem(ws, "RACE", "A" + round).extract().path("key");
                String b = aWorkItem(ws, "RACE", "B" + round).extract().path("key");
                CountDownLatch start = new CountDownLatch(1);
                Future<Response> ab = pool.submit(() -> addAfter(start, ws, b, a));
                Future<Response> ba = pool.submit(() -> addAfter(start, ws, a, b));
                start.countDown();
                List<Integer> statuses = new ArrayList<>(List.of(ab.get(60, TimeUnit.SECONDS).statusCode(),
                        ba.get(60, TimeUnit.SECONDS).statusCode()));
                statuses.sort(null);
                assertThat(statuses).as("round " + round).containsExactly(201, 409);
                Response refused = ab.get().statusCode() == 409 ? ab.get() : ba.get();
                assertThat(refused.jsonPath().getString("code")).isEqualTo("DEPENDENCY_CYCLE");
                int edges = asAdmin().get(dependencies(ws, a)).then().statusCode(200).extract().jsonPath()
                        .getList("predecessors").size() + asAdmin().get(dependencies(ws, a)).then().extract()
                        .jsonPath().getList("successors").size();
                assertThat(edges).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response addAfter(CountDownLatch start, String ws, String successor, String predecessor)
            throws InterruptedException {
        start.await();
        return asAdmin().body(Map.of("predecessor", predecessor)).post(dependencies(ws, successor));
    }
}
