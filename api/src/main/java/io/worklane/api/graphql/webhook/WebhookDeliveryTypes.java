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
    public record Attempt(@NonNull Instant attemptedAt,
                          @Description("The receiver's HTTP status; null when there was no response.")
                          Integer statusCode,
                          @Description("How long the receiver took to answer, in milliseconds.") int latencyMs,
                          @Description("Why the attempt failed; null on success.") String error,
                          @Description("The start of the receiver's response body (at most 1 KiB); null "
                                  + "when none.")
                          String responseBody) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attemptedAt(), a.statusCode(), a.latencyMs(), a.error(), a.responseBody());
        }
    }

    @Type("WebhookDelivery")
    @Description("One message to a subscription (an event, a replayed event or a ping) and every attempt at it.")
    public record Delivery(@Description("The webhook delivery's id (a UUID).") @Id @NonNull String id,
                           @Description("The subscription it was sent to.") @Id @NonNull String webhookId,
                           @NonNull @Description("The webhook-id header, the same on every attempt.") String messageId,
                           @Description("The event sent; null for a ping.") @Id String eventId,
                           @Description("The event's seq in the workspace's feed; null for a ping.") Long eventSeq,
                           @Description("The event's type, e.g. work_item.created.") @NonNull String eventType,
                           @Description("PENDING (an attempt is due), DELIVERED or FAILED (retries "
                                   + "exhausted).")
                           @NonNull Status status,
                           @Description("When PENDING: when it is due.") Instant nextAttemptAt,
                           @NonNull Instant createdAt,
                           @Description("Every attempt, oldest first.") @NonNull List<@NonNull Attempt> attempts) {
        static Delivery of(WebhookDelivery d) {
            return new Delivery(d.id().toString(), d.subscriptionId().toString(), d.messageId(),
                    d.eventId() == null ? null : d.eventId().toString(), d.eventSeq(), d.eventType(),
                    Status.valueOf(d.status().name()), d.nextAttemptAt(), d.createdAt(),
                    d.attemptLog().stream().map(Attempt::of).toList());
        }
    }

    @Type("WebhookDeliveryEdge")
    @Description("A delivery and its cursor.")
    public record Edge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                       @Description("The delivery.") @NonNull Delivery node) {
    }

    @Type("WebhookDeliveryConnection")
    @Description("A subscription's deliveries, newest first.")
    public record Connection(@Description("This page.") @NonNull List<@NonNull Edge> edges,
                             @Description("Whether there are more, and the cursor to ask for them with "
                                     + "after:.")
                             @NonNull PageInfo pageInfo) {
        static Connection of(Page<WebhookDelivery> page) {
            return Paging.connection(page, d -> Paging.cursor(SORT, Paging.timestamp(d.createdAt()), d.id()),
                    (cursor, d) -> new Edge(cursor, Delivery.of(d)), Connection::new);
        }
    }

    @Type("WebhookDeliveryPayload")
    @Description("The answer of a mutation that creates or changes a delivery.")
    public record Payload(@Description("The delivery as the mutation left it.") @NonNull Delivery delivery) {
    }

    @Type("ReplayWebhookPayload")
    @Description("How many deliveries a replay queued: the events of the range the subscription wants.")
    public record Replayed(@Description("The first seq of the range replayed.") long fromSeq,
                           @Description("The last seq of the range replayed.") long toSeq,
                           @Description("How many deliveries were queued: the events of the range the "
                                   + "subscription wants.")
                           int queued) {
        static Replayed of(WebhookDeliveryService.Replayed r) {
            return new Replayed(r.fromSeq(), r.toSeq(), r.queued());
        }
    }
}
