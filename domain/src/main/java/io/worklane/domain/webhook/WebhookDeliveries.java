package io.worklane.domain.webhook;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the delivery log of a workspace's subscriptions, and the actions on it. Scoped to one workspace. */
public interface WebhookDeliveries {
    /** Newest first, each with its attempts. */
    Uni<Page<WebhookDelivery>> list(UUID workspaceId, UUID subscriptionId, PageRequest page);

    /** The first page of several subscriptions' logs at once (a GraphQL level: one statement for all). */
    Uni<Map<UUID, Page<WebhookDelivery>>> firstPages(UUID workspaceId, Collection<UUID> subscriptionIds,
                                                     PageRequest page);

    Uni<Optional<WebhookDelivery>> find(UUID workspaceId, UUID subscriptionId, UUID id);

    /** Queues messages to a subscription, due at {@code now}; answers the deliveries queued, in order. */
    Uni<List<UUID>> queue(WebhookSubscription subscription, List<QueuedMessage> messages, Instant now);

    /** Makes a delivery due now again, as a new round of attempts under the same webhook-id. */
    Uni<Boolean> redeliver(UUID workspaceId, UUID subscriptionId, UUID id, Instant now);

    /**
     * The workspace's events with seqs in the range, oldest first, as {@code subscription} may receive them: without
     * those of the PRIVATE projects it was not granted, and portfolio/goal events without their ids (ADR 0085).
     */
    Uni<List<OutboxEvent>> events(WebhookSubscription subscription, ReplayRange range);
}
