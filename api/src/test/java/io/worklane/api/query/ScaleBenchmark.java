package io.worklane.api.query;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The scale benchmark of issue #14 item 7 (docs/benchmarks.md, "Finding work at scale"): a workspace of
 * SCALE_ITEMS work items (a million by default) seeded set-based by {@code bench/scale-seed.sql}, then
 * over HTTP a filtered and sorted page of 50, a search, an aggregate by status × assignee and the
 * cumulative flow over 90 days, each timed end to end, and the plans of the statements they sent. Not a
 * timed test: run it on purpose with
 * {@code SCALE_BENCHMARK=true ./mvnw -pl api test -Dtest=ScaleBenchmark} (SCALE_ITEMS=100000 for a quick look).
 */
@QuarkusTest
@WithTestResource(ScaleDatabase.class)
@EnabledIfEnvironmentVariable(named = "SCALE_BENCHMARK", matches = "true")
class ScaleBenchmark {
    static final int PROJECTS = 20;
    static final int RUNS = 30;
    static final String KEPT = "scale-bench";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    @Test
    void finding_work_in_a_workspace_of_a_million_items() {
        int items = Integer.parseInt(System.getenv().getOrDefault("SCALE_ITEMS", "1000000"));
        String ws = seeded(items);
        List<Scenario> scenarios = scenarios(ws);
        for (String part : List.of("assignee = \"person1@scale.example\"", "statusCategory != DONE",
                "labels CONTAINS \"label-8\"", "project = P05", "dueDate < today+30d")) {
            System.out.printf("SCALE BENCHMARK check: %s finds %s%n", part, asAdmin().queryParam("filter", part)
                    .get(path(ws, "work-items/aggregate")).then().extract().asString());
        }
        for (int i = 0; i < 3; i++) {
            assertThat(new String(scenarios.get(0).call(i))).as("list %d finds items", i).contains("\"key\"");
            assertThat(new String(scenarios.get(1).call(i))).as("search %d finds items", i).contains("\"ref\"");
        }
        for (Scenario s : scenarios) {
            Timings.Result result = Timings.of(RUNS, s.variants(), s::call);
            System.out.printf("SCALE BENCHMARK %s: %s%s%n", s.name(), result,
                    s.targetMs() > 0 ? " (target p95 < " + s.targetMs() + " ms)" : "");
        }
        Plans plans = Plans.start(pool);
        scenarios.forEach(s -> IntStream.range(0, s.variants()).forEach(s::call));
        System.out.println("SCALE BENCHMARK plans:\n" + plans.stop());
    }

    /**
     * The workspace to measure: with SCALE_DATA_DIR (a kept cluster, {@link ScaleDatabase}) the one seeded by an
     * earlier run if there is one; otherwise a new one, seeded here.
     */
    private String seeded(int items) {
        boolean kept = System.getenv("SCALE_DATA_DIR") != null;
        if (kept && asAdmin().get("/api/v1/workspaces/" + KEPT).statusCode() == 200) {
            System.out.printf("SCALE BENCHMARK reusing the workspace seeded before in %s%n", System.getenv("SCALE_DATA_DIR"));
            return KEPT;
        }
        String ws = kept ? KEPT : aWorkspace();
        if (kept) {
            asAdmin().body(Map.of("slug", KEPT, "name", "Scale benchmark")).post("/api/v1/workspaces")
                    .then().statusCode(201);
        }
        for (int p = 1; p <= PROJECTS; p++) {
            String key = "P%02d".formatted(p);
            aProject(ws, key);
            fields(ws, key);
        }
        String wsId = asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id");
        long seeding = ScaleSeed.run(pool, wsId, items);
        long seeded = pool.preparedQuery("SELECT count(*) FROM work_items WHERE workspace_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(java.util.UUID.fromString(wsId))).await().indefinitely()
                .iterator().next().getLong(0);
        System.out.printf("SCALE BENCHMARK seeded %d items in %d s%n", seeded, seeding / 1000);
        assertThat(seeded).as("the items the script seeded").isEqualTo(items);
        return ws;
    }

    private List<Scenario> scenarios(String ws) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String from = LocalDate.now(ZoneOffset.UTC).minusDays(89).toString();
        List<Map<String, String>> lists = List.of(
                Map.of("filter", "status = \"in_progress\" AND priority >= HIGH", "sort", "-dueDate"),
                Map.of("filter", "assignee = \"person1@scale.example\" AND statusCategory != DONE", "sort", "dueDate"),
                Map.of("filter", "labels CONTAINS \"label-8\" AND project = P05 AND dueDate < today+30d",
                        "sort", "-createdAt"));
        // two rare words and an item's key (the frequent words alone: a scenario of their own)
        List<String> searches = List.of("kalo", "mibe", "P05-12");
        return List.of(
                new Scenario("filtered and sorted page of 50", 50, lists.size(), i -> get(ws, "work-items",
                        with(lists.get(i % lists.size()), "limit", "50"))),
                new Scenario("search", 100, searches.size(),
                        i -> get(ws, "search", Map.of("q", searches.get(i % searches.size())))),
                new Scenario("search for a word in 5% of titles", 0, 3, i -> get(ws, "search",
                        Map.of("q", List.of("checkout", "invoice", "latency").get(i % 3)))),
                new Scenario("aggregate status x assignee", 300, 1, i -> get(ws, "work-items/aggregate",
                        Map.of("groupBy", "status,assignee", "metrics", "count,sum:estimateMinutes"))),
                new Scenario("cumulative flow over 90 days", 500, 1, i -> get(ws, "analytics/cumulative-flow",
                        Map.of("from", from, "to", today))));
    }

    private static void fields(String ws, String project) {
        asAdmin().body(Map.of("key", "points", "name", "Points", "type", "NUMBER"))
                .post(path(ws, "projects/" + project + "/custom-fields")).then().statusCode(201);
        asAdmin().body(Map.of("key", "severity", "name", "Severity", "type", "SELECT",
                        "options", List.of("S1", "S2", "S3", "S4")))
                .post(path(ws, "projects/" + project + "/custom-fields")).then().statusCode(201);
    }

    /**
     * The timed calls go through the JDK's HTTP client on a kept-alive connection, not REST Assured: its
     * Groovy client prettifies and logs every answer it reads, which cost more than the server took.
     */
    private byte[] get(String ws, String resource, Map<String, String> query) {
        String params = query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path(ws, resource) + "?" + params))
                .header("Authorization", "Bearer " + ADMIN_KEY).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("%s %s", resource, query).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(query);
        all.put(name, value);
        return all;
    }

    private static String path(String ws, String resource) {
        return "/api/v1/workspaces/" + ws + "/" + resource;
    }

    /** A named request with {@code variants} forms (call i sends form i modulo variants). */
    record Scenario(String name, int targetMs, int variants, java.util.function.IntFunction<byte[]> request) {
        byte[] call(int i) {
            return request.apply(i);
        }
    }
}
