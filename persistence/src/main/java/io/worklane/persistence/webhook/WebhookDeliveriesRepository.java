package io.worklane.persistence.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.webhook.DeliveryAttempt;
import io.worklane.domain.webhook.OutboxEvent;
import io.worklane.domain.webhook.QueuedMessage;
import io.worklane.domain.webhook.ReplayRange;
import io.worklane.domain.webhook.WebhookDeliveries;
import io.worklane.domain.webhook.WebhookDelivery;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The delivery log, newest first on (created_at, id), each page's attempts loaded in one more statement. */
@ApplicationScoped
public class WebhookDeliveriesRepository implements WebhookDeliveries {
    static final String SORT = "-createdAt";
    private final Sql sql;

    public WebhookDeliveriesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Page<WebhookDelivery>> list(UUID workspaceId, UUID subscriptionId, PageRequest page) {
        return firstPages(workspaceId, List.of(subscriptionId), page)
                .map(pages -> pages.getOrDefault(subscriptionId, new Page<>(List.of(), null)));
    }

    @Override
    public Uni<Map<UUID, Page<WebhookDelivery>>> firstPages(UUID workspaceId, Collection<UUID> subscriptionIds,
                                                            PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .where("subscription_id = ANY(?)", subscriptionIds.toArray(UUID[]::new));
        if (page.after() != null) {
            p.where(Keyset.after("created_at", "id", true, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        String query = "SELECT * FROM (SELECT " + DeliveryRows.COLUMNS + ", row_number() OVER (PARTITION BY"
                + " subscription_id ORDER BY created_at DESC, id DESC) AS rn FROM webhook_deliveries" + p.clause()
                + ") ranked WHERE rn <= " + (page.limit() + 1) + " ORDER BY subscription_id, rn";
        return sql.list(query, p.tuple(), DeliveryRows::fromRow).chain(rows -> withAttempts(workspaceId, rows))
                .map(rows -> {
                    Map<UUID, List<WebhookDelivery>> grouped = new LinkedHashMap<>();
                    subscriptionIds.forEach(id -> grouped.put(id, new ArrayList<>()));
                    rows.forEach(d -> grouped.computeIfAbsent(d.subscriptionId(), k -> new ArrayList<>()).add(d));
                    Map<UUID, Page<WebhookDelivery>> pages = new LinkedHashMap<>();
                    grouped.forEach((id, list) -> pages.put(id, Keyset.page(list, page.limit(), SORT,
                            d -> Keyset.timestampValue(d.createdAt()), WebhookDelivery::id)));
                    return pages;
                });
    }

    @Override
    public Uni<Optional<WebhookDelivery>> find(UUID workspaceId, UUID subscriptionId, UUID id) {
        return sql.list("SELECT " + DeliveryRows.COLUMNS + " FROM webhook_deliveries WHERE workspace_id = $1"
                        + " AND subscription_id = $2 AND id = $3", Tuple.of(workspaceId, subscriptionId, id),
                DeliveryRows::fromRow).chain(rows -> withAttempts(workspaceId, rows))
                .map(rows -> rows.stream().findFirst());
    }

    @Override
    public Uni<List<UUID>> queue(WebhookSubscription s, List<QueuedMessage> messages, Instant now) {
        if (messages.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = new ArrayList<>();
        List<Tuple> rows = DeliveryRows.inserts(s.workspaceId(), s.id(), messages, now, ids);
        return sql.batch(DeliveryRows.INSERT, rows).replaceWith(ids);
    }

    @Override
    public Uni<Boolean> redeliver(UUID workspaceId, UUID subscriptionId, UUID id, Instant now) {
        // a lease in force stays: the attempt under way finishes first, then this round is due
        return sql.query("UPDATE webhook_deliveries SET status = 'PENDING', attempts = 0, next_attempt_at = $4,"
                        + " updated_at = $4 WHERE workspace_id = $1 AND subscription_id = $2 AND id = $3",
                Tuple.of(workspaceId, subscriptionId, id, now.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.rowCount() == 1);
    }

    @Override
    public Uni<List<OutboxEvent>> events(WebhookSubscription subscription, ReplayRange range) {
        return sql.query(OutboxEventRows.SELECT, OutboxEventRows.params(subscription, range.fromSeq() - 1,
                range.toSeq(), (int) (range.toSeq() - range.fromSeq() + 1))).map(OutboxEventRows::visible);
    }

    private Uni<List<WebhookDelivery>> withAttempts(UUID workspaceId, List<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().item(deliveries);
        }
        UUID[] ids = deliveries.stream().map(WebhookDelivery::id).toArray(UUID[]::new);
        return sql.list("SELECT " + DeliveryRows.ATTEMPT_COLUMNS + " FROM webhook_delivery_attempts"
                        + " WHERE workspace_id = $1 AND delivery_id = ANY($2) ORDER BY attempted_at, id",
                Tuple.of(workspaceId, ids), r -> Map.entry(r.getUUID("delivery_id"), DeliveryRows.attempt(r)))
                .map(attempts -> {
                    Map<UUID, List<DeliveryAttempt>> byDelivery = new LinkedHashMap<>();
                    attempts.forEach(e -> byDelivery.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
                    return deliveries.stream().map(d -> d.withAttempts(byDelivery.getOrDefault(d.id(), List.of())))
                            .toList();
                });
    }
}
