package io.worklane.api.graphql.webhook;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.application.webhook.WebhookDeliveryService;
import io.worklane.domain.shared.Page;
import io.worklane.domain.webhook.DeliveryAttempt;
import io.worklane.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The delivery log in GraphQL: deliveries with their attempts, paged newest first, and the replay's answer. */
final class WebhookDeliveryTypes {
    static final String SORT = "-createdAt";

    private WebhookDeliveryTypes() {
    }

    @Enum("WebhookDeliveryStatus")
    @Description("PENDING: waiting for its (next) attempt; DELIVERED: a 2xx came back; FAILED: attempts used up, or 410.")
    public enum Status { PENDING, DELIVERED, FAILED }

    @Type("WebhookDeliveryAttempt")
    @Description("One attempt: when, the receiver's status (null without a response), latency, error, start of body.")
    public record Attempt(@NonNull Instant attemptedAt, Integer statusCode, int latencyMs, String error,
                          String responseBody) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attemptedAt(), a.statusCode(), a.latencyMs(), a.error(), a.responseBody());
        }
    }

    @Type("WebhookDelivery")
    @Description("One message to a subscription (an event, a replayed event or a ping) and every attempt at it.")
    public record Delivery(@Id @NonNull String id, @Id @NonNull String webhookId,
                           @NonNull @Description("The webhook-id header, the same on every attempt.") String messageId,
                           @Id String eventId, Long eventSeq, @NonNull String eventType, @NonNull Status status,
                           @Description("When PENDING: when it is due.") Instant nextAttemptAt,
                           @NonNull Instant createdAt, @NonNull List<@NonNull Attempt> attempts) {
        static Delivery of(WebhookDelivery d) {
            return new Delivery(d.id().toString(), d.subscriptionId().toString(), d.messageId(),
                    d.eventId() == null ? null : d.eventId().toString(), d.eventSeq(), d.eventType(),
                    Status.valueOf(d.status().name()), d.nextAttemptAt(), d.createdAt(),
                    d.attemptLog().stream().map(Attempt::of).toList());
        }
    }

    @Type("WebhookDeliveryEdge")
    public record Edge(@NonNull String cursor, @NonNull Delivery node) {
    }

    @Type("WebhookDeliveryConnection")
    @Description("A subscription's deliveries, newest first.")
    public record Connection(@NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo) {
        static Connection of(Page<WebhookDelivery> page) {
            List<Edge> edges = Paging.edges(page, d -> Paging.cursor(SORT, Paging.timestamp(d.createdAt()), d.id()),
                    (cursor, d) -> new Edge(cursor, Delivery.of(d)));
            return new Connection(edges, Paging.info(page, edges.stream().map(Edge::cursor).toList()));
        }
    }

    @Type("WebhookDeliveryPayload")
    public record Payload(@NonNull Delivery delivery) {
    }

    @Type("ReplayWebhookPayload")
    @Description("How many deliveries a replay queued: the events of the range the subscription wants.")
    public record Replayed(long fromSeq, long toSeq, int queued) {
        static Replayed of(WebhookDeliveryService.Replayed r) {
            return new Replayed(r.fromSeq(), r.toSeq(), r.queued());
        }
    }
}
