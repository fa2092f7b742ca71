package io.worklane.api.rest.webhook;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Page;
import io.worklane.domain.webhook.EventTypePattern;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.openapi.model.WebhookList;
import io.worklane.openapi.model.WebhookStatus;
import io.worklane.openapi.model.WebhookWithSecret;
import java.util.Map;
import java.util.UUID;

/** Subscriptions in their REST shapes, field by field; the secret only in {@link #withSecret}. */
final class WebhookDtos {
    private WebhookDtos() {
    }

    static io.worklane.openapi.model.Webhook of(WebhookSubscription s, Map<UUID, String> projectKeys) {
        return new io.worklane.openapi.model.Webhook().id(s.id()).url(s.url().uri())
                .eventTypes(s.eventTypes().stream().map(EventTypePattern::value).toList()).projectId(s.projectId())
                .projectKey(s.projectId() == null ? null : projectKeys.get(s.projectId()))
                .filter(s.filter() == null ? null : s.filter().text())
                .privateProjects(s.privateProjects().stream().map(projectKeys::get).filter(java.util.Objects::nonNull)
                        .sorted().toList())
                .description(s.description()).status(WebhookStatus.fromValue(s.status().name()))
                .previousSecretExpiresAt(s.secrets().previous() == null ? null
                        : Dates.utc(s.secrets().previousUntil()))
                .version(s.version()).createdAt(Dates.utc(s.createdAt())).updatedAt(Dates.utc(s.updatedAt()));
    }

    /** The subscription as a response that shows the secret once; without it (secret null) for replays. */
    static WebhookWithSecret withSecret(WebhookSubscription s, Map<UUID, String> projectKeys, boolean secret) {
        var dto = of(s, projectKeys);
        return new WebhookWithSecret().id(dto.getId()).url(dto.getUrl()).eventTypes(dto.getEventTypes())
                .projectId(dto.getProjectId()).projectKey(dto.getProjectKey()).filter(dto.getFilter())
                .privateProjects(dto.getPrivateProjects()).description(dto.getDescription())
                .status(dto.getStatus()).previousSecretExpiresAt(dto.getPreviousSecretExpiresAt())
                .version(dto.getVersion()).createdAt(dto.getCreatedAt()).updatedAt(dto.getUpdatedAt())
                .secret(secret ? s.secrets().current().reveal() : null);
    }

    static WebhookList of(Page<WebhookSubscription> page, Map<UUID, String> projectKeys) {
        return new WebhookList().items(page.items().stream().map(s -> of(s, projectKeys)).toList())
                .nextCursor(page.nextCursor());
    }
}
