package io.worklane.persistence.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.webhook.WebhookSubscription;
import io.worklane.domain.webhook.WebhookSubscriptions;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import io.worklane.persistence.shared.secrets.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionsRepository implements WebhookSubscriptions {
    private static final String SELECT = "SELECT " + WebhookSubscriptionMapping.COLUMNS + " FROM webhook_subscriptions";
    private final Sql sql;
    private final SecretBox box;

    public WebhookSubscriptionsRepository(Sql sql, SecretBox box) {
        this.sql = sql;
        this.box = box;
    }

    @Override
    public Uni<Optional<WebhookSubscription>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                r -> WebhookSubscriptionMapping.fromRow(r, box));
    }

    @Override
    public Uni<Page<WebhookSubscription>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        r -> WebhookSubscriptionMapping.fromRow(r, box))
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", s -> Keyset.timestampValue(s.createdAt()),
                        WebhookSubscription::id));
    }

    @Override
    public Uni<WebhookSubscription> insert(WebhookSubscription subscription) {
        WebhookSubscriptionEntity entity = WebhookSubscriptionMapping.copy(subscription, new WebhookSubscriptionEntity(), box);
        return Writes.persist(entity, "Webhook " + subscription.id()).map(e -> WebhookSubscriptionMapping.fromEntity(e, box));
    }

    @Override
    public Uni<WebhookSubscription> update(WebhookSubscription changed) {
        return Writes.update(WebhookSubscriptionEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Webhook " + changed.id(), () -> notFound(changed.id()),
                        e -> WebhookSubscriptionMapping.copy(changed, e, box))
                .map(e -> WebhookSubscriptionMapping.fromEntity(e, box));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(WebhookSubscriptionEntity.class, id, workspaceId, expectedVersion, "Webhook " + id,
                () -> notFound(id));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.WEBHOOK_NOT_FOUND, "Webhook", id.toString());
    }
}
