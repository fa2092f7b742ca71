package io.worklane.persistence.webhook;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.webhook.EventTypePattern;
import io.worklane.domain.webhook.SigningSecrets;
import io.worklane.domain.webhook.WebhookSecret;
import io.worklane.domain.webhook.WebhookStatus;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookUrl;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.secrets.SecretBox;
import io.worklane.persistence.shared.secrets.SecretContexts;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Subscription ↔ entity and row → subscription, spelled out field by field. The signing secrets are
 * sealed on the way in and opened on the way out ({@link SecretBox}, ADR 0044).
 */
final class WebhookSubscriptionMapping {
    static final String COLUMNS = "id, workspace_id, url, event_types::text AS event_types, project_id, item_filter, description,"
            + " status, secret, previous_secret, previous_secret_until, version, created_at, updated_at,"
            + " private_project_ids::text AS private_project_ids";

    private WebhookSubscriptionMapping() {
    }

    static WebhookSubscription fromRow(Row r, SecretBox box) {
        return read(box, r.getUUID("id"), r.getUUID("workspace_id"), r.getString("url"), r.getString("event_types"),
                r.getUUID("project_id"), r.getString("item_filter"), r.getString("description"), r.getString("status"), r.getString("secret"),
                r.getString("previous_secret"), Rows.instant(r, "previous_secret_until"), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"), ids(r.getString("private_project_ids")));
    }

    static WebhookSubscription fromEntity(WebhookSubscriptionEntity e, SecretBox box) {
        return read(box, e.id, e.workspaceId, e.url, e.eventTypes, e.projectId, e.filter, e.description, e.status, e.secret,
                e.previousSecret, e.previousSecretUntil, e.version, e.createdAt, e.updatedAt, ids(e.privateProjects));
    }

    static WebhookSubscriptionEntity copy(WebhookSubscription s, WebhookSubscriptionEntity e, SecretBox box) {
        e.id = s.id();
        e.workspaceId = s.workspaceId();
        e.url = s.url().toString();
        e.eventTypes = Json.write(s.eventTypes().stream().map(EventTypePattern::value).toList());
        e.projectId = s.projectId();
        e.filter = s.filter() == null ? null : s.filter().text();
        e.description = s.description();
        e.status = s.status().name();
        e.secret = sealed(box, e.secret, s.secrets().current().reveal(), SecretContexts.webhookSecret(e.id));
        e.previousSecret = s.secrets().previous() == null ? null
                : sealed(box, e.previousSecret, s.secrets().previous().reveal(), SecretContexts.webhookPreviousSecret(e.id));
        e.previousSecretUntil = s.secrets().previousUntil();
        e.privateProjects = Json.write(s.privateProjects().stream().map(UUID::toString).sorted().toList());
        e.createdAt = s.createdAt();
        e.updatedAt = s.updatedAt();
        return e;
    }

    private static Set<UUID> ids(String json) {
        return json == null ? Set.of() : Json.stringList(json).stream().map(UUID::fromString)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Sealed anew only when the secret changed: an unchanged one keeps its stored value (no needless write). */
    private static String sealed(SecretBox box, String stored, String plaintext, String context) {
        if (stored != null && box.isCurrent(stored) && box.open(stored, context).equals(plaintext)) {
            return stored;
        }
        return box.seal(plaintext, context);
    }

    private static WebhookSubscription read(SecretBox box, UUID id, UUID workspaceId, String url, String eventTypes, UUID projectId,
                                            String filter, String description, String status, String secret, String previousSecret,
                                            Instant previousUntil, long version, Instant createdAt,
                                            Instant updatedAt, Set<UUID> privateProjects) {
        SigningSecrets secrets = new SigningSecrets(WebhookSecret.parse(box.open(secret, SecretContexts.webhookSecret(id))),
                previousSecret == null ? null : WebhookSecret.parse(box.open(previousSecret, SecretContexts.webhookPreviousSecret(id))),
                previousUntil);
        return new WebhookSubscription(id, workspaceId, WebhookUrl.parse(url, "url"),
                Json.stringList(eventTypes).stream().map(EventTypePattern::new).toList(), projectId,
                filter == null ? null : FilterExpression.parseForEvents(filter, "filter"), description,
                WebhookStatus.valueOf(status), secrets, version, createdAt, updatedAt, privateProjects);
    }
}
