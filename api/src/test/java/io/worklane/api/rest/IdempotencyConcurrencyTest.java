package io.worklane.api.rest;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.response.Response;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import io.worklane.domain.idempotency.RecordedResponse;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key under real concurrency and over time (issue #20, item 2): twenty requests at once with
 * one key make one work item; a record expires after 24 hours; a claim abandoned for 5 minutes is taken
 * over, and the request that abandoned it can neither overwrite nor free its successor's claim. Time is
 * the use cases' clock ({@link SteppedClock}), moved by the test.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class IdempotencyConcurrencyTest {
    private static final String OPERATION = "POST /test/idempotency";
    @Inject
    Idempotency idempotency;
    @Inject
    Pool pool;

    @Test
    void twenty_parallel_requests_with_one_key_make_exactly_one_item() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "PAR");
        String key = UUID.randomUUID().toString();
        String body = "{\"project\":\"PAR\",\"title\":\"Only once\"}";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return asAdmin().header("Idempotency-Key", key).body(body)
                            .post("/api/v1/workspaces/" + ws + "/work-items");
                }));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : sent) {
                answers.add(f.get());
            }
            List<Response> created = answers.stream().filter(r -> r.statusCode() == 201).toList();
            assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
            answers.stream().filter(r -> r.statusCode() == 409).forEach(r ->
                    assertThat(r.jsonPath().getString("code")).isEqualTo("IDEMPOTENCY_REQUEST_IN_PROGRESS"));
            assertThat(created).isNotEmpty();
            assertThat(created).extracting(Response::asString).containsOnly(created.get(0).asString());
            assertThat(created).extracting(r -> r.header("Location")).containsOnly(created.get(0).header("Location"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(asAdmin().get("/api/v1/workspaces/" + ws + "/work-items").jsonPath().getList("items"))
                .hasSize(1);
    }

    @Test
    void a_response_is_replayed_for_24_hours_and_the_key_is_free_again_after() {
        SteppedClock clock = SteppedClock.install();
        Caller caller = aCaller();
        AtomicInteger runs = new AtomicInteger();
        RecordedResponse first = run(caller, "daily", () -> done("first", runs));
        clock.advance(Duration.ofHours(24).toSeconds() - 1);
        assertThat(run(caller, "daily", () -> done("second", runs))).isEqualTo(first);
        clock.advance(2);
        assertThat(run(caller, "daily", () -> done("third", runs)).body()).isEqualTo("third");
        assertThat(runs).hasValue(2);
    }

    @Test
    void an_abandoned_claim_is_taken_over_after_5_minutes_and_its_late_response_changes_nothing() {
        SteppedClock clock = SteppedClock.install();
        Caller caller = aCaller();
        CompletableFuture<RecordedResponse> abandoned = new CompletableFuture<>();
        CompletableFuture<RecordedResponse> first = idempotency.run(caller, "stuck", OPERATION, "{}",
                () -> Uni.createFrom().completionStage(abandoned)).subscribeAsCompletionStage();
        awaitClaim(caller, "stuck", clock.instant());

        clock.advance(Duration.ofMinutes(5).toSeconds() - 1);
        assertInProgress(caller, "stuck");
        clock.advance(2);
        RecordedResponse successor = run(caller, "stuck", () -> Uni.createFrom().item(response("successor")));
        abandoned.complete(response("abandoned"));
        assertThat(first.join().body()).isEqualTo("abandoned");
        assertThat(run(caller, "stuck", () -> Uni.createFrom().item(response("third"))))
                .as("the successor's response, not the late one").isEqualTo(successor);
    }

    @Test
    void a_request_failing_after_its_claim_was_taken_over_does_not_free_its_successors_claim() {
        SteppedClock clock = SteppedClock.install();
        Caller caller = aCaller();
        CompletableFuture<RecordedResponse> abandoned = new CompletableFuture<>();
        CompletableFuture<RecordedResponse> first = idempotency.run(caller, "crash", OPERATION, "{}",
                () -> Uni.createFrom().completionStage(abandoned)).subscribeAsCompletionStage();
        awaitClaim(caller, "crash", clock.instant());
        clock.advance(Duration.ofMinutes(5).toSeconds() + 1);
        CompletableFuture<RecordedResponse> successorsResponse = new CompletableFuture<>();
        CompletableFuture<RecordedResponse> successor = idempotency.run(caller, "crash", OPERATION, "{}",
                () -> Uni.createFrom().completionStage(successorsResponse)).subscribeAsCompletionStage();
        awaitClaim(caller, "crash", clock.instant());

        abandoned.completeExceptionally(new IllegalStateException("the first request failed late"));
        assertThat(first).failsWithin(Duration.ofSeconds(10));
        assertInProgress(caller, "crash");
        successorsResponse.complete(response("successor"));
        assertThat(successor.join().body()).isEqualTo("successor");
        assertThat(run(caller, "crash", () -> Uni.createFrom().item(response("again"))).body()).isEqualTo("successor");
    }

    /** Waits until the request running in the background has claimed the key at {@code at}. */
    private void awaitClaim(Caller caller, String key, Instant at) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pool.preparedQuery("SELECT 1 FROM idempotency_records WHERE credential_id = $1 AND key = $2"
                + " AND created_at = $3").execute(Tuple.of(caller.credentialId(), key, at.atOffset(ZoneOffset.UTC)))
                .await().indefinitely().size() == 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the key " + key + " was not claimed at " + at);
            }
            Thread.onSpinWait();
        }
    }

    private void assertInProgress(Caller caller, String key) {
        assertThatThrownBy(() -> run(caller, key, () -> Uni.createFrom().item(response("meanwhile"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS));
    }

    private RecordedResponse run(Caller caller, String key, java.util.function.Supplier<Uni<RecordedResponse>> work) {
        return idempotency.run(caller, key, OPERATION, "{}", work).await().atMost(Duration.ofSeconds(10));
    }

    private static Uni<RecordedResponse> done(String body, AtomicInteger runs) {
        runs.incrementAndGet();
        return Uni.createFrom().item(response(body));
    }

    private static RecordedResponse response(String body) {
        return new RecordedResponse(201, body, "/test/" + body);
    }

    /** A credential of its own, so no other test's key collides. */
    private static Caller aCaller() {
        return Caller.apiKey(UUID.randomUUID().toString(), "idempotency test", false, null, Set.of());
    }
}
