package io.worklane.api.application.webhook;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.webhook.delivery.DeliveryWorker;
import io.worklane.api.config.WebhooksConfig;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.event.EventFeed;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.webhook.QueuedMessage;
import io.worklane.domain.webhook.ReplayRange;
import io.worklane.domain.webhook.WebhookDeliveries;
import io.worklane.domain.webhook.WebhookDelivery;
import io.worklane.domain.webhook.WebhookMessage;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A subscription's delivery log and the actions on it: a ping, a redelivery, a replay of a range of
 * events. Reading needs {@code webhooks:read}, acting {@code webhooks:write}. What is queued is sent
 * by the {@link DeliveryWorker}, woken at once.
 */
@ApplicationScoped
public class WebhookDeliveryService {
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final EventFeed feed;
    private final Access access;
    private final Now now;
    private final WebhooksConfig config;
    private final DeliveryWorker worker;
    private final ProjectAccess projectAccess;

    public WebhookDeliveryService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, EventFeed feed,
                                  Access access, Now now, WebhooksConfig config, DeliveryWorker worker,
                                  ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.feed = feed;
        this.access = access;
        this.now = now;
        this.config = config;
        this.worker = worker;
    }

    /** What a replay queued. */
    public record Replayed(long fromSeq, long toSeq, int queued) {
    }

    public Uni<Page<WebhookDelivery>> list(Caller caller, String wsRef, String webhookId, PageRequest page) {
        return subscription(caller, wsRef, webhookId, Scope.WEBHOOKS_READ)
                .chain(s -> deliveries.list(s.workspaceId(), s.id(), page));
    }

    /** First pages of several subscriptions' logs (a GraphQL level), the scope checked in memory. */
    public Uni<Map<UUID, Page<WebhookDelivery>>> firstPages(Caller caller, UUID workspaceId,
                                                            Collection<UUID> webhookIds, PageRequest page) {
        Access.require(caller, workspaceId, Scope.WEBHOOKS_READ);
        return deliveries.firstPages(workspaceId, webhookIds, page);
    }

    public Uni<WebhookDelivery> get(Caller caller, String wsRef, String webhookId, String deliveryId) {
        return subscription(caller, wsRef, webhookId, Scope.WEBHOOKS_READ).chain(s -> load(s, deliveryId));
    }

    /** Sends a {@code webhook.ping} through the same path as every delivery; answers the queued delivery. */
    public Uni<WebhookDelivery> test(Caller caller, String wsRef, String webhookId) {
        return subscription(caller, wsRef, webhookId, Scope.WEBHOOKS_WRITE).chain(s -> {
            UUID pingId = Ids.newId();
            var message = new QueuedMessage(WebhookMessage.messageId(pingId), null, null, WebhookMessage.PING,
                    WebhookMessage.ping(s.workspaceId(), s.id(), now.instant()));
            return deliveries.queue(s, List.of(message), now.instant())
                    .chain(ids -> load(s, ids.get(0).toString()));
        }).invoke(worker::wake);
    }

    /** Due now again, as a new round of attempts, under the same webhook-id. */
    public Uni<WebhookDelivery> redeliver(Caller caller, String wsRef, String webhookId, String deliveryId) {
        return subscription(caller, wsRef, webhookId, Scope.WEBHOOKS_WRITE).chain(s -> load(s, deliveryId)
                .chain(d -> deliveries.redeliver(s.workspaceId(), s.id(), d.id(), now.instant()))
                .chain(() -> load(s, deliveryId))).invoke(worker::wake);
    }

    /**
     * Queues again the events of the range that the subscription wants, each under its event's
     * webhook-id. A range reaching below what retention kept is 410 EVENTS_EXPIRED, never a silent gap.
     */
    public Uni<Replayed> replay(Caller caller, String wsRef, String webhookId, Long fromSeq, Long toSeq) {
        return subscription(caller, wsRef, webhookId, Scope.WEBHOOKS_WRITE).chain(s -> {
            ReplayRange range = ReplayRange.of(fromSeq, toSeq, config.replayCap());
            return feed.purgedThrough(s.workspaceId()).chain(purged -> {
                if (range.fromSeq() <= purged) {
                    throw new DomainException(ErrorCode.EVENTS_EXPIRED, "Events up to seq " + purged + " were removed"
                            + " after the retention period, so seqs " + range.fromSeq() + " to " + range.toSeq()
                            + " cannot all be replayed. Replay from fromSeq=" + (purged + 1) + ".");
                }
                return deliveries.events(s, range);
            }).chain(events -> deliveries.queue(s, QueuedMessage.wantedBy(s, events, config.payloadCapBytes()),
                    now.instant())).map(ids -> new Replayed(range.fromSeq(), range.toSeq(), ids.size()));
        }).invoke(worker::wake);
    }

    private Uni<WebhookSubscription> subscription(Caller caller, String wsRef, String webhookId, Scope scope) {
        return access.workspace(caller, wsRef, scope)
                .chain(ws -> WebhookLookup.load(subscriptions, projectAccess, caller, ws.id(), webhookId));
    }

    private Uni<WebhookDelivery> load(WebhookSubscription s, String deliveryId) {
        UUID id = Ids.parseOrNull(deliveryId);
        return (id == null ? Uni.createFrom().item(Optional.<WebhookDelivery>empty())
                : deliveries.find(s.workspaceId(), s.id(), id)).map(found -> found.orElseThrow(() -> DomainException
                .notFound(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND, "Webhook delivery", String.valueOf(deliveryId))));
    }
}
