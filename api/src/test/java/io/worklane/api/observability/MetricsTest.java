package io.worklane.api.observability;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.observability.Backlog;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prometheus metrics at /q/metrics, without a key (scrapers carry none): HTTP latency histograms per
 * route template (never the values in the path), GraphQL time and cost, the database pool, the backlog.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class MetricsTest {
    @Inject
    BacklogMetrics backlog;

    @Test
    void httpLatencyIsAHistogramPerRouteTemplate() {
        String ws = aWorkspace();
        asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200);

        String metrics = scrape();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/workspaces/\\{ws}\"[^}]*le=\"0\\.005\"")
                .doesNotContain("uri=\"/api/v1/workspaces/" + ws + "\"");
    }

    @Test
    void graphQLOperationsAreTimedAndTheirCostRecorded() {
        asAdmin().body(Map.of("query", "{ workspaces(first: 5) { edges { node { slug } } } }")).post("/graphql")
                .then().statusCode(200);

        String metrics = scrape();
        assertThat(metrics).containsPattern("worklane_graphql_operations_seconds_count\\{[^}]*outcome=\"ok\"[^}]*type=\"query\"[^}]*} [1-9]")
                .containsPattern("worklane_graphql_operations_seconds_bucket\\{")
                .containsPattern("worklane_graphql_cost_count\\{[^}]*type=\"query\"[^}]*} [1-9]");
    }

    @Test
    void aGraphQLDocumentIsValidatedOnceWhateverTheNumberOfRequests() {
        String query = "{ workspaces(first: 3) { edges { node { slug } } } cached" + System.nanoTime()
                + ": workspaces(first: 1) { edges { node { id } } } }";
        asAdmin().body(Map.of("query", query)).post("/graphql").then().statusCode(200); // validated and cached
        double before = validated();
        for (int i = 0; i < 3; i++) {
            asAdmin().body(Map.of("query", query)).post("/graphql").then().statusCode(200);
        }
        assertThat(validated()).as("the same document again is served from SmallRye's document cache").isEqualTo(before);

        asAdmin().body(Map.of("query", query + " ")).post("/graphql").then().statusCode(200);
        assertThat(validated()).as("a new document is validated").isGreaterThan(before);
    }

    private static double validated() {
        Matcher m = Pattern.compile("(?m)^worklane_graphql_documents_validated_total(?:\\{[^}]*})? ([0-9.eE+]+)")
                .matcher(scrape());
        assertThat(m.find()).as("the counter is exported").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theDatabasePoolAndTheBacklogAreReported() {
        String metrics = scrape();
        assertThat(metrics).contains("worklane_outbox_lag_seconds", "worklane_webhooks_queue_depth",
                "worklane_webhooks_queue_due", "worklane_jobs_due", "worklane_webhooks_attempts_total",
                "worklane_webhooks_in_flight", "worklane_automation_runs_total");
        assertThat(metrics).contains("sql_pool_active", "sql_pool_idle", "sql_pool_queue_size");
    }

    @Test
    void theOutboxLagIsTheAgeOfTheOldestEventNoSubscriptionHasFannedOut() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "LG");
        asAdmin().body(Map.of("url", "https://receiver.example.com/hooks", "eventTypes", List.of("work_item.*")))
                .post("/api/v1/workspaces/" + ws + "/webhooks").then().statusCode(201);
        aWorkItem(ws, "LG", "Waits: no delivery worker runs in this profile");
        Thread.sleep(1_100);

        Backlog measured = backlog.measure().await().atMost(Duration.ofSeconds(10));

        assertThat(measured.outboxLagSeconds()).isGreaterThanOrEqualTo(1.0);
        assertThat(scrape()).containsPattern("worklane_outbox_lag_seconds [1-9]");
    }

    @Test
    void aProblemDocumentCarriesATraceId() {
        asAdmin().get("/api/v1/workspaces/no-such-workspace").then().statusCode(404)
                .body("traceId", org.hamcrest.Matchers.matchesPattern("^[0-9a-f]{32}$"));
    }

    @Test
    void everyMetricTheGrafanaDashboardQueriesIsExported() throws Exception {
        asAdmin().get("/api/v1/workspaces").then().statusCode(200);
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("../deploy/grafana/worklane-dashboard.json").toFile());
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher metric = METRIC_IN_QUERY.matcher(target.path("expr").asText());
                while (metric.find()) {
                    queried.add(metric.group(1));
                }
            }
        }
        String metrics = scrape();

        assertThat(queried).hasSizeGreaterThan(10);
        assertThat(queried).allSatisfy(name -> assertThat(metrics).as("exported").containsPattern("(?m)^" + name + "[{ ]"));
    }

    /** In the dashboard every metric is followed by its label selector ({job=~"$job"}). */
    private static final Pattern METRIC_IN_QUERY = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
