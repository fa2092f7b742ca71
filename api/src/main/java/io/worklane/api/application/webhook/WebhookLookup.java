package io.worklane.api.application.webhook;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a webhook subscription of a workspace by id, or refuses with WEBHOOK_NOT_FOUND: also when its {@code project}
 * is one the caller cannot see (ADR 0085: such a subscription is an object of that project).
 */
final class WebhookLookup {
    private WebhookLookup() {
    }

    static Uni<WebhookSubscription> load(WebhookSubscriptions subscriptions, ProjectAccess projectAccess, Caller caller,
                                         UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<WebhookSubscription>empty())
                : subscriptions.find(workspaceId, id)).map(found -> found.orElseThrow(() -> DomainException.notFound(
                ErrorCode.WEBHOOK_NOT_FOUND, "Webhook", String.valueOf(ref))))
                .call(s -> projectAccess.requireSees(caller, workspaceId, s.projectId(), ErrorCode.WEBHOOK_NOT_FOUND,
                        "Webhook", String.valueOf(ref)));
    }
}
