package io.worklane.api.application.webhook;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import java.util.Optional;
import java.util.UUID;

/** Finds a webhook subscription of a workspace by id, or refuses with WEBHOOK_NOT_FOUND. */
final class WebhookLookup {
    private WebhookLookup() {
    }

    static Uni<WebhookSubscription> load(WebhookSubscriptions subscriptions, UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<WebhookSubscription>empty())
                : subscriptions.find(workspaceId, id)).map(found -> found.orElseThrow(() -> DomainException.notFound(
                ErrorCode.WEBHOOK_NOT_FOUND, "Webhook", String.valueOf(ref))));
    }
}
