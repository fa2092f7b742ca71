package io.worklane.api.application.webhook;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.event.Outbox;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.webhook.WebhookStatus;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Disables a subscription its receiver gave up on (410 Gone) or that kept failing, and says so with
 * the event {@code webhook.disabled} in the same transaction. The version moves, as for any change.
 */
@ApplicationScoped
public class WebhookHealth {
    private final WebhookSubscriptions subscriptions;
    private final Outbox outbox;
    private final Now now;

    public WebhookHealth(WebhookSubscriptions subscriptions, Outbox outbox, Now now) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.now = now;
    }

    /** Answers whether it was disabled now (false: gone, or disabled already). */
    @WithTransaction
    public Uni<Boolean> disable(UUID workspaceId, UUID subscriptionId, String reason) {
        return subscriptions.find(workspaceId, subscriptionId).chain(found -> {
            if (found.isEmpty() || found.get().status() != WebhookStatus.ACTIVE) {
                return Uni.createFrom().item(false);
            }
            WebhookSubscription current = found.get();
            return subscriptions.update(current.disable(now.instant())).chain(saved -> outbox.append(new DomainEvent(
                    "webhook.disabled", workspaceId, saved.id(), Actor.SYSTEM, saved.updatedAt(),
                    data(saved, reason), Map.of("status", current.status().name())))).replaceWith(true);
        });
    }

    private static Map<String, Object> data(WebhookSubscription s, String reason) {
        Map<String, Object> m = WebhookData.of(s);
        m.put("reason", reason);
        return m;
    }
}
