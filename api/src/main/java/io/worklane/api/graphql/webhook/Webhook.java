package io.worklane.api.graphql.webhook;

import io.worklane.domain.webhook.EventTypePattern;
import io.worklane.domain.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a webhook subscription: never its secrets. */
@Description("A subscription delivering the workspace's events of the given types to a URL, signed with a secret "
        + "shown only when created or rotated.")
public class Webhook {
    @Ignore
    private final WebhookSubscription subscription;

    public Webhook(WebhookSubscription subscription) {
        this.subscription = subscription;
    }

    @Ignore
    public WebhookSubscription domain() {
        return subscription;
    }

    @Id
    @NonNull
    @Description("The webhook subscription's id (a UUID).")
    public String getId() {
        return subscription.id().toString();
    }

    @NonNull
    @Description("Where the events are POSTed (Standard Webhooks, signed with its secret).")
    public String getUrl() {
        return subscription.url().toString();
    }

    @NonNull
    @Description("Exact types (work_item.created), families (work_item.*) or everything (*).")
    public List<@NonNull String> getEventTypes() {
        return subscription.eventTypes().stream().map(EventTypePattern::value).toList();
    }

    @Id
    @Description("The project whose events are sent; null: every project of the workspace.")
    public String getProjectId() {
        return subscription.projectId() == null ? null : subscription.projectId().toString();
    }

    @Description("The filter on work items: only work_item.* events whose item matches are delivered; null: every item.")
    public String getFilter() {
        return subscription.filter() == null ? null : subscription.filter().text();
    }

    @Description("What the subscription is for; null when none.")
    public String getDescription() {
        return subscription.description();
    }

    @NonNull
    @Description("Whether events are sent to it.")
    public WebhookTypes.Status getStatus() {
        return WebhookTypes.Status.valueOf(subscription.status().name());
    }

    @Description("After a rotation, until when the previous secret signs too; null otherwise.")
    public Instant getPreviousSecretExpiresAt() {
        return subscription.secrets().previous() == null ? null : subscription.secrets().previousUntil();
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) subscription.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return subscription.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return subscription.updatedAt();
    }
}
