package io.worklane.persistence.webhook;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.webhook.DeliveryAttempt;
import io.worklane.domain.webhook.DeliveryStatus;
import io.worklane.domain.webhook.QueuedMessage;
import io.worklane.domain.webhook.WebhookDelivery;
import io.worklane.persistence.shared.Rows;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Delivery and attempt rows ↔ domain, and the insert of queued messages. */
final class DeliveryRows {
    static final String COLUMNS = "id, workspace_id, subscription_id, message_id, event_id, event_seq, event_type,"
            + " status, attempts, next_attempt_at, created_at";
    static final String ATTEMPT_COLUMNS = "delivery_id, attempted_at, status_code, latency_ms, error, response_body";
    static final String INSERT = "INSERT INTO webhook_deliveries (id, workspace_id, subscription_id, message_id,"
            + " event_id, event_seq, event_type, body, status, attempts, next_attempt_at, created_at, updated_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', 0, $9, $9, $9)";

    private DeliveryRows() {
    }

    /** One INSERT's parameters per message; ids are time-ordered, so a batch keeps its order in the log. */
    static List<Tuple> inserts(UUID workspaceId, UUID subscriptionId, List<QueuedMessage> messages, Instant now,
                               List<UUID> ids) {
        var at = now.atOffset(ZoneOffset.UTC);
        return messages.stream().map(m -> {
            UUID id = Ids.newId();
            ids.add(id);
            return Tuple.tuple().addValue(id).addValue(workspaceId).addValue(subscriptionId).addValue(m.messageId())
                    .addValue(m.eventId()).addValue(m.eventSeq()).addValue(m.eventType()).addValue(m.body())
                    .addValue(at);
        }).toList();
    }

    static WebhookDelivery fromRow(Row r) {
        return new WebhookDelivery(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("subscription_id"),
                r.getString("message_id"), r.getUUID("event_id"), r.getLong("event_seq"), r.getString("event_type"),
                DeliveryStatus.valueOf(r.getString("status")), r.getInteger("attempts"),
                Rows.instant(r, "next_attempt_at"), Rows.instant(r, "created_at"), List.of());
    }

    static DeliveryAttempt attempt(Row r) {
        return new DeliveryAttempt(Rows.instant(r, "attempted_at"), r.getInteger("status_code"),
                r.getInteger("latency_ms"), r.getString("error"), r.getString("response_body"));
    }
}
