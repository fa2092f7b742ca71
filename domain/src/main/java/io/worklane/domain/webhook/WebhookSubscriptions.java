package io.worklane.domain.webhook;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Port: the webhook subscriptions of a workspace. Every call is scoped to one workspace. */
public interface WebhookSubscriptions {
    Uni<Optional<WebhookSubscription>> find(UUID workspaceId, UUID id);

    /** Oldest first. */
    Uni<Page<WebhookSubscription>> list(UUID workspaceId, PageRequest page);

    Uni<WebhookSubscription> insert(WebhookSubscription subscription);

    Uni<WebhookSubscription> update(WebhookSubscription changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
