package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.aHook;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.application.webhook.delivery.DeliveryRetention;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.webhook.AttemptResult;
import io.worklane.domain.webhook.ClaimedDelivery;
import io.worklane.domain.webhook.DeliveryAttempt;
import io.worklane.domain.webhook.DeliveryQueue;
import io.worklane.domain.webhook.DeliveryStatus;
import io.worklane.domain.webhook.NextAttempt;
import io.worklane.domain.webhook.QueuedMessage;
import io.worklane.domain.webhook.RecordedAttempts;
import io.worklane.domain.webhook.WebhookDeliveries;
import io.worklane.domain.webhook.WebhookMessage;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Recording attempts (issue #20, item 5): a result that comes after its lease ended and another attempt
 * took the delivery changes nothing of it; a batch of results is one statement (one transaction: one
 * xmin); the failure streak follows the batch in order; DELIVERED rows go after the retention period.
 * The worker is off in this (default) profile: the test claims and records as a worker would, far in the
 * future so that no other test's delivery is due.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DeliveryRecordingTest {
    private static final Duration LEASE = Duration.ofSeconds(60);
    @Inject
    DeliveryQueue queue;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    WebhookSubscriptions subscriptions;
    @Inject
    DeliveryRetention retention;
    @Inject
    Pool pool;

    @Test
    void a_result_recorded_after_its_lease_was_taken_over_changes_nothing() {
        Instant due = Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID id = queued(aSubscription(), 1, due).get(0);
        ClaimedDelivery late = claimOurs(id, due.plusSeconds(1));
        ClaimedDelivery newer = claimOurs(id, due.plusSeconds(1).plus(LEASE).plusSeconds(1));
        assertThat(newer.attempt()).isEqualTo(2);

        RecordedAttempts first = queue.record(List.of(result(newer, 200, due.plusSeconds(70)))).await().indefinitely();
        RecordedAttempts second = queue.record(List.of(result(late, 500, due.plusSeconds(75)))).await().indefinitely();

        assertThat(first.current()).containsExactly(id);
        assertThat(second.current()).as("the late attempt had lost its lease").isEmpty();
        assertThat(second.grown()).isEmpty();
        Row row = one("SELECT status, (SELECT count(*) FROM webhook_delivery_attempts WHERE delivery_id = $1) AS logged"
                + " FROM webhook_deliveries WHERE id = $1", id);
        assertThat(row.getString("status")).isEqualTo("DELIVERED");
        assertThat(row.getLong("logged")).as("both attempts are in the log").isEqualTo(2);
    }

    @Test
    void a_batch_is_written_in_one_statement_and_the_streak_follows_its_order() {
        Instant due = Instant.now().plus(Duration.ofDays(401)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        WebhookSubscription s = aSubscription();
        List<UUID> ids = queued(s, 5, due);
        List<ClaimedDelivery> claimed = claimOurs(ids, due.plusSeconds(1));
        // failed for good, delivered, failed, failed, failed: the streak is the three after the delivery
        List<AttemptResult> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(result(claimed.get(i), i == 1 ? 200 : 500, due.plusSeconds(10 + i)));
        }
        RecordedAttempts recorded = queue.record(batch).await().indefinitely();

        assertThat(recorded.current()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(recorded.grown().get(s.id()).failures()).isEqualTo(3);
        assertThat(recorded.grown().get(s.id()).since()).isEqualTo(due.plusSeconds(12));
        long transactions = one("SELECT count(DISTINCT xmin::text) FROM (SELECT xmin FROM webhook_delivery_attempts"
                + " WHERE delivery_id = ANY($1) UNION ALL SELECT xmin FROM webhook_deliveries WHERE id = ANY($1)"
                + " UNION ALL SELECT xmin FROM webhook_subscriptions WHERE id = $2) AS written",
                ids.toArray(UUID[]::new), s.id()).getLong(0);
        assertThat(transactions).as("attempts, deliveries and streak written by one statement").isEqualTo(1);
    }

    @Test
    void delivered_rows_go_after_the_retention_period_and_failed_ones_stay() {
        SteppedClock clock = SteppedClock.install();
        Instant due = clock.instant().plus(Duration.ofDays(402));
        WebhookSubscription s = aSubscription();
        List<UUID> ids = queued(s, 3, due);
        List<AttemptResult> batch = new ArrayList<>();
        List<ClaimedDelivery> claimed = claimOurs(ids, due.plusSeconds(1));
        batch.add(result(claimed.get(0), 200, due.plusSeconds(2)));
        batch.add(result(claimed.get(1), 410, due.plusSeconds(2)));
        queue.record(batch).await().indefinitely();
        batch.clear();
        batch.add(result(claimOurs(ids.get(2), due.plusSeconds(86_400)), 200, due.plusSeconds(86_401)));
        queue.record(batch).await().indefinitely();

        // 30 days (the default retention) after the first two ended, but not after the third
        clock.advance(Duration.between(clock.instant(), due.plusSeconds(2)).plus(Duration.ofDays(30)).getSeconds() + 1);
        retention.purge().await().indefinitely();

        assertThat(remaining(ids)).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
        assertThat(one("SELECT count(*) FROM webhook_delivery_attempts WHERE delivery_id = $1", ids.get(0)).getLong(0))
                .as("its attempts went with it").isZero();
    }

    private WebhookSubscription aSubscription() {
        String ws = aWorkspace();
        var hook = aHook(ws, "http://127.0.0.1:9/never-called", List.of("*"));
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().extract().path("id"));
        return subscriptions.find(wsId, UUID.fromString(hook.id())).await().indefinitely().orElseThrow();
    }

    private List<UUID> queued(WebhookSubscription s, int n, Instant due) {
        List<QueuedMessage> messages = IntStream.range(0, n).mapToObj(i -> new QueuedMessage(
                WebhookMessage.messageId(Ids.newId()), null, null, WebhookMessage.PING, "{\"n\":" + i + "}")).toList();
        return deliveries.queue(s, messages, due).await().indefinitely();
    }

    /** Claims as a worker would at {@code at}, and answers this one delivery's lease (others are left to lapse). */
    private ClaimedDelivery claimOurs(UUID id, Instant at) {
        return claimOurs(List.of(id), at).get(0);
    }

    /** Everything due at {@code at} is leased; answers the leases of these deliveries, in their order. */
    private List<ClaimedDelivery> claimOurs(List<UUID> ids, Instant at) {
        List<ClaimedDelivery> all = queue.claim(10_000, at, at.plus(LEASE)).await().indefinitely();
        return ids.stream().map(id -> all.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("not claimed: " + id))).toList();
    }

    private static AttemptResult result(ClaimedDelivery d, int status, Instant at) {
        NextAttempt next = status == 200 ? new NextAttempt(DeliveryStatus.DELIVERED, null, false)
                : status == 410 ? new NextAttempt(DeliveryStatus.FAILED, null, true)
                : new NextAttempt(DeliveryStatus.FAILED, null, false);
        return new AttemptResult(d, new DeliveryAttempt(at, status, 5, status == 200 ? null : "HTTP " + status, "x"), next);
    }

    private List<UUID> remaining(List<UUID> ids) {
        List<UUID> left = new ArrayList<>();
        pool.preparedQuery("SELECT id FROM webhook_deliveries WHERE id = ANY($1)").execute(Tuple.of(ids.toArray(UUID[]::new)))
                .await().indefinitely().forEach(r -> left.add(r.getUUID("id")));
        return left;
    }

    private Row one(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().indefinitely().iterator().next();
    }
}
