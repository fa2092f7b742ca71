package io.worklane.client.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.client.ApiException;
import io.worklane.client.api.WorkspacesApi;
import io.worklane.client.model.Workspace;
import io.worklane.client.model.WorkspaceCreate;
import io.worklane.client.model.WorkspaceList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written layer around the generated client, over real HTTP against a scripted server. */
class WorklaneClientTest {
    private static final String WORKSPACE = """
            {"id":"0190f0e2-0000-7000-8000-000000000001","slug":"acme","name":"Acme","version":0,
             "createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}""";
    private final List<Duration> waits = new ArrayList<>();

    private WorklaneClient client(FakeServer server) {
        return WorklaneClient.builder(server.uri()).apiKey("wl_test_key_0123456789abcdefghijklmnop")
                .sleeper(waits::add).build();
    }

    @Test
    void sends_the_api_key_as_a_bearer_token() throws Exception {
        try (FakeServer server = new FakeServer(n -> FakeServer.Answer.json(200, WORKSPACE))) {
            Workspace ws = client(server).api(WorkspacesApi::new).getWorkspace("acme");

            assertThat(ws.getSlug()).isEqualTo("acme");
            assertThat(server.seen.get(0).header("Authorization")).isEqualTo("Bearer wl_test_key_0123456789abcdefghijklmnop");
        }
    }

    @Test
    void a_429_is_retried_after_the_servers_retry_after_with_the_same_idempotency_key() throws Exception {
        try (FakeServer server = new FakeServer(n -> n == 1
                ? new FakeServer.Answer(429, Map.of("Retry-After", "7", "Content-Type", "application/problem+json"),
                        "{\"status\":429,\"code\":\"RATE_LIMITED\"}")
                : FakeServer.Answer.json(201, WORKSPACE))) {
            String key = IdempotencyKey.newKey();

            Workspace created = client(server).api(WorkspacesApi::new)
                    .createWorkspace(new WorkspaceCreate().slug("acme").name("Acme"), key);

            assertThat(created.getSlug()).isEqualTo("acme");
            assertThat(waits).containsExactly(Duration.ofSeconds(7));
            assertThat(server.seen).hasSize(2).allSatisfy(seen -> assertThat(seen.header("Idempotency-Key")).isEqualTo(key));
        }
    }

    @Test
    void a_503_without_retry_after_backs_off_exponentially_and_gives_up_with_the_problem() {
        try (FakeServer server = new FakeServer(n -> new FakeServer.Answer(503, Map.of("Content-Type", "application/problem+json"),
                "{\"status\":503,\"code\":\"SIGN_IN_UNAVAILABLE\",\"title\":\"Sign-in is unavailable\"}"))) {
            WorkspacesApi api = client(server).api(WorkspacesApi::new);

            assertThatThrownBy(() -> api.getWorkspace("acme")).isInstanceOfSatisfying(ApiException.class, e -> {
                Problem problem = Problem.of(e);
                assertThat(problem.status()).isEqualTo(503);
                assertThat(problem.code()).isEqualTo("SIGN_IN_UNAVAILABLE");
            });
            assertThat(server.seen).hasSize(RetryPolicy.DEFAULT.maxAttempts());
            assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void a_client_error_is_not_retried_and_its_field_errors_are_readable() {
        try (FakeServer server = new FakeServer(n -> new FakeServer.Answer(400, Map.of("Content-Type", "application/problem+json"),
                "{\"status\":400,\"code\":\"VALIDATION_FAILED\",\"errors\":[{\"field\":\"slug\",\"code\":\"PATTERN\",\"message\":\"lower-case letters\"}]}"))) {
            WorkspacesApi api = client(server).api(WorkspacesApi::new);

            assertThatThrownBy(() -> api.createWorkspace(new WorkspaceCreate().slug("A B").name("x"), null))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(Problem.of(e).errors())
                            .containsExactly(new Problem.FieldError("slug", "PATTERN", "lower-case letters")));
            assertThat(server.seen).hasSize(1);
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void pages_follow_next_cursor_until_it_is_null() {
        AtomicInteger page = new AtomicInteger();
        try (FakeServer server = new FakeServer(n -> FakeServer.Answer.json(200, switch (page.incrementAndGet()) {
            case 1 -> "{\"items\":[" + WORKSPACE + "," + WORKSPACE.replace("acme", "beta") + "],\"nextCursor\":\"c1\"}";
            case 2 -> "{\"items\":[],\"nextCursor\":\"c2\"}";
            default -> "{\"items\":[" + WORKSPACE.replace("acme", "gamma") + "],\"nextCursor\":null}";
        }))) {
            WorkspacesApi api = client(server).api(WorkspacesApi::new);

            List<String> slugs = Pages.stream(cursor -> api.listWorkspaces(2, cursor), WorkspaceList::getItems,
                    WorkspaceList::getNextCursor).map(Workspace::getSlug).collect(Collectors.toList());

            assertThat(slugs).containsExactly("acme", "beta", "gamma");
            assertThat(server.seen).extracting(FakeServer.Seen::uri)
                    .containsExactly("/api/v1/workspaces?limit=2", "/api/v1/workspaces?limit=2&cursor=c1",
                            "/api/v1/workspaces?limit=2&cursor=c2");
        }
    }
}
