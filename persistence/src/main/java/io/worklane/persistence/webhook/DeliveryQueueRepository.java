package io.worklane.persistence.webhook;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.webhook.AttemptResult;
import io.worklane.domain.webhook.ClaimedDelivery;
import io.worklane.domain.webhook.DeliveryQueue;
import io.worklane.domain.webhook.DeliveryStatus;
import io.worklane.domain.webhook.FailureStreak;
import io.worklane.domain.webhook.QueuedMessage;
import io.worklane.domain.webhook.RecordedAttempts;
import io.worklane.domain.webhook.SigningSecrets;
import io.worklane.domain.webhook.WebhookSecret;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookUrl;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.secrets.SecretBox;
import io.worklane.persistence.shared.secrets.SecretContexts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
    /**
     * One statement for a batch of ended attempts: every attempt is logged; a delivery moves on only
     * where the attempt still holds its lease (locked_until as claimed), so a result that comes after its
     * lease ended and another attempt took the delivery changes nothing of it; each subscription's
     * failure streak follows its applied results in the order they ended (a delivery ends the streak,
     * the failures after the last one lengthen it).
     */
    private static final String RECORD = "WITH r AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[],"
            + " $4::timestamptz[], $5::int[], $6::int[], $7::text[], $8::text[], $9::varchar[], $10::timestamptz[],"
            + " $11::boolean[], $12::uuid[], $13::boolean[], $14::timestamptz[]) AS r(attempt_id, delivery_id,"
            + " workspace_id, attempted_at, status_code, latency_ms, error, response_body, status, next_at, failed,"
            + " subscription_id, delivered, leased_until)),"
            + " a AS (INSERT INTO webhook_delivery_attempts (id, delivery_id, workspace_id, attempted_at, status_code,"
            + " latency_ms, error, response_body) SELECT r.attempt_id, r.delivery_id, r.workspace_id, r.attempted_at,"
            + " r.status_code, r.latency_ms, r.error, r.response_body FROM r"
            + " WHERE EXISTS (SELECT 1 FROM webhook_deliveries w WHERE w.id = r.delivery_id)),"
            + " d AS (UPDATE webhook_deliveries w SET status = r.status, next_attempt_at = r.next_at,"
            + " locked_until = NULL, updated_at = r.attempted_at FROM r"
            + " WHERE w.id = r.delivery_id AND w.locked_until = r.leased_until"
            + " RETURNING w.id, r.subscription_id, r.attempted_at, r.failed, r.delivered),"
            + " ok AS (SELECT subscription_id, max(attempted_at) FILTER (WHERE delivered) AS last_ok FROM d"
            + " GROUP BY subscription_id),"
            + " streak AS (SELECT d.subscription_id, ok.last_ok,"
            + " count(*) FILTER (WHERE d.failed AND (ok.last_ok IS NULL OR d.attempted_at > ok.last_ok)) AS fails,"
            + " min(d.attempted_at) FILTER (WHERE d.failed AND (ok.last_ok IS NULL OR d.attempted_at > ok.last_ok))"
            + " AS first_fail FROM d JOIN ok ON ok.subscription_id = d.subscription_id"
            + " GROUP BY d.subscription_id, ok.last_ok),"
            + " s AS (UPDATE webhook_subscriptions s SET"
            + " failure_count = CASE WHEN streak.last_ok IS NULL THEN s.failure_count ELSE 0 END + streak.fails,"
            + " failing_since = CASE WHEN streak.last_ok IS NULL THEN COALESCE(s.failing_since, streak.first_fail)"
            + " ELSE streak.first_fail END"
            + " FROM streak WHERE s.id = streak.subscription_id"
            + " AND (streak.fails > 0 OR (streak.last_ok IS NOT NULL AND s.failure_count > 0))"
            + " RETURNING s.id, s.failure_count, s.failing_since, streak.fails > 0 AS grew)"
            + " SELECT 'delivery' AS kind, id, NULL::int AS failure_count, NULL::timestamptz AS failing_since FROM d"
            + " UNION ALL SELECT 'streak', id, failure_count, failing_since FROM s WHERE grew";
    private static final String PURGE = "DELETE FROM webhook_deliveries WHERE id IN (SELECT id FROM webhook_deliveries"
            + " WHERE status = 'DELIVERED' AND updated_at < $1 ORDER BY updated_at LIMIT $2)";
    private final Pool pool;
    private final SecretBox box;

    public DeliveryQueueRepository(Pool pool, SecretBox box) {
        this.pool = pool;
        this.box = box;
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

    /**
     * One subscription: the events after its cursor that it may receive (ADR 0085: decided now, as they are queued),
     * the deliveries it wants, the cursor moved past them all.
     */
    private Uni<Integer> fanOut(SqlConnection conn, Row row, int eventsEach, int capBytes, Instant now) {
        WebhookSubscription s = WebhookSubscriptionMapping.fromRow(row, box);
        long cursor = row.getLong("delivered_through_seq");
        long last = row.getLong("last_seq");
        return conn.preparedQuery(OutboxEventRows.SELECT).execute(OutboxEventRows.params(s, cursor, last, eventsEach))
                .chain(rows -> {
                    // none at all: they were purged; move on to where the workspace is. Hidden ones are passed too.
                    long through = OutboxEventRows.lastSeq(rows, last);
                    List<io.worklane.domain.webhook.OutboxEvent> events = OutboxEventRows.visible(rows);
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
                    rows.forEach(r -> claimed.add(claimed(r, leaseUntil, box)));
                    return claimed;
                }));
    }

    @Override
    public Uni<RecordedAttempts> record(List<AttemptResult> results) {
        if (results.isEmpty()) {
            return Uni.createFrom().item(new RecordedAttempts(Set.of(), Map.of()));
        }
        int n = results.size();
        UUID[] attemptIds = new UUID[n];
        UUID[] deliveryIds = new UUID[n];
        UUID[] workspaceIds = new UUID[n];
        OffsetDateTime[] attemptedAt = new OffsetDateTime[n];
        Integer[] statusCodes = new Integer[n];
        Integer[] latencies = new Integer[n];
        String[] errors = new String[n];
        String[] bodies = new String[n];
        String[] statuses = new String[n];
        OffsetDateTime[] nextAt = new OffsetDateTime[n];
        Boolean[] failed = new Boolean[n];
        UUID[] subscriptionIds = new UUID[n];
        Boolean[] delivered = new Boolean[n];
        OffsetDateTime[] leasedUntil = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            AttemptResult r = results.get(i);
            attemptIds[i] = Ids.newId();
            deliveryIds[i] = r.delivery().id();
            workspaceIds[i] = r.delivery().workspaceId();
            attemptedAt[i] = utc(r.attempt().attemptedAt());
            statusCodes[i] = r.attempt().statusCode();
            latencies[i] = r.attempt().latencyMs();
            errors[i] = r.attempt().error();
            bodies[i] = r.attempt().responseBody();
            statuses[i] = r.next().status().name();
            nextAt[i] = utc(r.next().nextAttemptAt());
            failed[i] = r.next().failed();
            subscriptionIds[i] = r.delivery().subscriptionId();
            delivered[i] = r.next().status() == DeliveryStatus.DELIVERED;
            leasedUntil[i] = utc(r.delivery().leasedUntil());
        }
        Tuple params = Tuple.tuple().addValue(attemptIds).addValue(deliveryIds).addValue(workspaceIds)
                .addValue(attemptedAt).addValue(statusCodes).addValue(latencies).addValue(errors).addValue(bodies)
                .addValue(statuses).addValue(nextAt).addValue(failed).addValue(subscriptionIds).addValue(delivered)
                .addValue(leasedUntil);
        return pool.preparedQuery(RECORD).execute(params).map(rows -> {
            Set<UUID> current = new HashSet<>();
            Map<UUID, FailureStreak> grown = new HashMap<>();
            for (Row row : rows) {
                if ("delivery".equals(row.getString("kind"))) {
                    current.add(row.getUUID("id"));
                } else {
                    grown.put(row.getUUID("id"), new FailureStreak(row.getInteger("failure_count"),
                            Rows.instant(row, "failing_since")));
                }
            }
            return new RecordedAttempts(current, grown);
        });
    }

    @Override
    public Uni<Integer> purgeDelivered(Instant before, int limit) {
        return pool.preparedQuery(PURGE).execute(Tuple.of(utc(before), limit)).map(rows -> rows.rowCount());
    }

    private static ClaimedDelivery claimed(Row r, Instant leaseUntil, SecretBox box) {
        UUID subscription = r.getUUID("subscription_id");
        String previous = r.getString("previous_secret");
        SigningSecrets secrets = new SigningSecrets(WebhookSecret.parse(box.open(r.getString("secret"),
                SecretContexts.webhookSecret(subscription))), previous == null ? null
                : WebhookSecret.parse(box.open(previous, SecretContexts.webhookPreviousSecret(subscription))),
                Rows.instant(r, "previous_secret_until"));
        return new ClaimedDelivery(r.getUUID("id"), r.getUUID("workspace_id"), subscription,
                r.getString("message_id"), r.getString("body"), r.getInteger("attempts"),
                WebhookUrl.parse(r.getString("url"), "url"), secrets, leaseUntil);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
