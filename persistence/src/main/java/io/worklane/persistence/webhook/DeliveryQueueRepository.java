package io.worklane.persistence.webhook;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.webhook.ClaimedDelivery;
import io.worklane.domain.webhook.DeliveryAttempt;
import io.worklane.domain.webhook.DeliveryQueue;
import io.worklane.domain.webhook.DeliveryStatus;
import io.worklane.domain.webhook.FailureStreak;
import io.worklane.domain.webhook.NextAttempt;
import io.worklane.domain.webhook.QueuedMessage;
import io.worklane.domain.webhook.SigningSecrets;
import io.worklane.domain.webhook.WebhookSecret;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookUrl;
import io.worklane.persistence.shared.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The delivery work on the reactive pool, each call one transaction of its own (background work has
 * no use case's session). Claims use FOR UPDATE SKIP LOCKED: instances share the work, none takes
 * what another holds.
 */
@ApplicationScoped
public class DeliveryQueueRepository implements DeliveryQueue {
    private static final String BEHIND = "SELECT " + WebhookSubscriptionMapping.COLUMNS + ", delivered_through_seq,"
            + " (SELECT w.last_event_seq FROM workspaces w WHERE w.id = s.workspace_id) AS last_seq"
            + " FROM webhook_subscriptions s WHERE s.status = 'ACTIVE' AND s.delivered_through_seq"
            + " < (SELECT w.last_event_seq FROM workspaces w WHERE w.id = s.workspace_id)"
            + " ORDER BY s.delivered_through_seq LIMIT $1 FOR UPDATE OF s SKIP LOCKED";
    private static final String CLAIM = "WITH due AS (SELECT d.id FROM webhook_deliveries d"
            + " JOIN webhook_subscriptions s ON s.id = d.subscription_id"
            + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND (d.locked_until IS NULL"
            + " OR d.locked_until <= $1) AND (s.status = 'ACTIVE' OR d.event_id IS NULL)"
            + " ORDER BY d.next_attempt_at LIMIT $2 FOR UPDATE OF d SKIP LOCKED)"
            + " UPDATE webhook_deliveries d SET locked_until = $3, attempts = d.attempts + 1, updated_at = $1"
            + " FROM due, webhook_subscriptions s WHERE d.id = due.id AND s.id = d.subscription_id"
            + " RETURNING d.id, d.workspace_id, d.subscription_id, d.message_id, d.body, d.attempts, s.url,"
            + " s.secret, s.previous_secret, s.previous_secret_until";
    // one statement: the attempt, the delivery's new state and the subscription's failure streak
    private static final String RECORD = "WITH a AS (INSERT INTO webhook_delivery_attempts (id, delivery_id,"
            + " workspace_id, attempted_at, status_code, latency_ms, error, response_body)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)),"
            + " d AS (UPDATE webhook_deliveries SET status = $9, next_attempt_at = $10, locked_until = NULL,"
            + " updated_at = $4 WHERE id = $2)"
            + " UPDATE webhook_subscriptions SET failure_count = CASE WHEN $11 THEN failure_count + 1 ELSE 0 END,"
            + " failing_since = CASE WHEN $11 THEN COALESCE(failing_since, $4) END"
            + " WHERE id = $12 AND ($11 OR ($13 AND failure_count > 0)) RETURNING failure_count, failing_since";
    private final Pool pool;

    public DeliveryQueueRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Integer> fanOut(int subscriptions, int eventsEach, int capBytes, Instant now) {
        return pool.withTransaction(conn -> conn.preparedQuery(BEHIND).execute(Tuple.of(subscriptions))
                .chain(rows -> {
                    List<Row> behind = new ArrayList<>();
                    rows.forEach(behind::add);
                    return Multi.createFrom().iterable(behind)
                            .onItem().transformToUniAndConcatenate(r -> fanOut(conn, r, eventsEach, capBytes, now))
                            .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue));
                }));
    }

    /** One subscription: the events after its cursor, the deliveries it wants, the cursor moved past them. */
    private Uni<Integer> fanOut(SqlConnection conn, Row row, int eventsEach, int capBytes, Instant now) {
        WebhookSubscription s = WebhookSubscriptionMapping.fromRow(row);
        long cursor = row.getLong("delivered_through_seq");
        long last = row.getLong("last_seq");
        return conn.preparedQuery(OutboxEventRows.SELECT).execute(Tuple.of(s.workspaceId(), cursor, last, eventsEach))
                .chain(rows -> {
                    List<io.worklane.domain.webhook.OutboxEvent> events = new ArrayList<>();
                    rows.forEach(r -> events.add(OutboxEventRows.fromRow(r)));
                    // none at all: they were purged; move on to where the workspace is
                    long through = events.isEmpty() ? last : events.get(events.size() - 1).seq();
                    List<QueuedMessage> wanted = QueuedMessage.wantedBy(s, events, capBytes);
                    Uni<Void> insert = wanted.isEmpty() ? Uni.createFrom().voidItem()
                            : conn.preparedQuery(DeliveryRows.INSERT).executeBatch(DeliveryRows.inserts(
                                    s.workspaceId(), s.id(), wanted, now, new ArrayList<>())).replaceWithVoid();
                    return insert.chain(() -> conn.preparedQuery("UPDATE webhook_subscriptions"
                                    + " SET delivered_through_seq = $2 WHERE id = $1").execute(Tuple.of(s.id(), through)))
                            .replaceWith(wanted.size());
                });
    }

    @Override
    public Uni<List<ClaimedDelivery>> claim(int limit, Instant now, Instant leaseUntil) {
        return pool.withTransaction(conn -> conn.preparedQuery(CLAIM)
                .execute(Tuple.of(utc(now), limit, utc(leaseUntil))).map(rows -> {
                    List<ClaimedDelivery> claimed = new ArrayList<>(rows.size());
                    rows.forEach(r -> claimed.add(claimed(r, leaseUntil)));
                    return claimed;
                }));
    }

    @Override
    public Uni<Optional<FailureStreak>> record(ClaimedDelivery d, DeliveryAttempt a, NextAttempt next) {
        boolean failed = next.failed();
        boolean delivered = next.status() == DeliveryStatus.DELIVERED;
        Tuple params = Tuple.tuple().addValue(Ids.newId()).addValue(d.id()).addValue(d.workspaceId())
                .addValue(utc(a.attemptedAt())).addValue(a.statusCode()).addValue(a.latencyMs()).addValue(a.error())
                .addValue(a.responseBody()).addValue(next.status().name()).addValue(utc(next.nextAttemptAt()))
                .addValue(failed).addValue(d.subscriptionId()).addValue(delivered);
        return pool.preparedQuery(RECORD).execute(params).map(rows -> {
            if (!failed || rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new FailureStreak(r.getInteger("failure_count"), Rows.instant(r, "failing_since")));
        });
    }

    private static ClaimedDelivery claimed(Row r, Instant leaseUntil) {
        String previous = r.getString("previous_secret");
        SigningSecrets secrets = new SigningSecrets(WebhookSecret.parse(r.getString("secret")),
                previous == null ? null : WebhookSecret.parse(previous), Rows.instant(r, "previous_secret_until"));
        return new ClaimedDelivery(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("subscription_id"),
                r.getString("message_id"), r.getString("body"), r.getInteger("attempts"),
                WebhookUrl.parse(r.getString("url"), "url"), secrets, leaseUntil);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
