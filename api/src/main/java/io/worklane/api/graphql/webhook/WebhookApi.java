package io.worklane.api.graphql.webhook;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.webhook.WebhookDraft;
import io.worklane.api.application.webhook.WebhookPatch;
import io.worklane.api.application.webhook.WebhookService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Webhook subscriptions over GraphQL: the same use cases as REST, the same refusals. */
@GraphQLApi
@Authenticated
public class WebhookApi {
    private final WebhookService webhooks;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public WebhookApi(WebhookService webhooks, IdempotentCreate idempotent, CurrentCaller caller) {
        this.webhooks = webhooks;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's webhook subscriptions, oldest first, at most 200: use webhooksConnection, which "
            + "pages.")
    @Deprecated
    public Uni<List<@NonNull Webhook>> webhooks(@Source Workspace workspace) {
        return Uni.createFrom().deferred(() -> webhooks.list(caller.get(), workspace.getId(),
                PageRequest.of(PageRequest.MAX_LIMIT, null))).map(p -> p.items().stream().map(Webhook::new).toList());
    }

    @NonNull
    @Description("The workspace's webhook subscriptions, oldest first, in pages, never with their secrets. Needs "
            + "webhooks:read.")
    public Uni<WebhookConnections.Connection> webhooksConnection(@Source Workspace workspace, @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> webhooks.list(caller.get(), workspace.getId(),
                Paging.request(first, after, Paging.CREATED_AT))).map(WebhookConnections.Connection::of);
    }

    @NonNull
    @Description("The keys of the PRIVATE projects whose events the subscription receives (ADR 0085), those you see.")
    public Uni<List<@NonNull List<@NonNull String>>> privateProjects(@Source List<Webhook> shown) {
        if (shown.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<WebhookSubscription> subs = shown.stream().map(Webhook::domain).toList();
        // one statement per workspace among the subscriptions shown (usually one)
        var byWorkspace = subs.stream().collect(java.util.stream.Collectors.groupingBy(WebhookSubscription::workspaceId));
        Map<java.util.UUID, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
        return Uni.createFrom().deferred(() -> io.smallrye.mutiny.Multi.createFrom().iterable(byWorkspace.entrySet())
                        .onItem().transformToUniAndConcatenate(e -> webhooks.projectKeys(caller.get(), e.getKey(),
                                e.getValue()).invoke(keys::putAll))
                        .collect().last())
                .map(done -> subs.stream().map(s -> s.privateProjects().stream().map(keys::get)
                        .filter(java.util.Objects::nonNull).sorted().toList()).toList());
    }

    @Mutation("createWebhook")
    @Description("Subscribes a URL to the workspace's events; the signing secret is in the answer, once. Needs "
            + "webhooks:write.")
    public Uni<WebhookTypes.WithSecret> createWebhook(@Name("input") @NonNull WebhookInputs.Create in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            WebhookDraft draft = new WebhookDraft(in.url, in.eventTypes, in.project, in.description,
                    in.status == null ? null : in.status.name(), in.filter, in.privateProjects);
            return idempotent.run(who, in.idempotencyKey, "createWebhook", in,
                    () -> webhooks.create(who, in.workspace, draft).map(WebhookApi::withSecret),
                    p -> p.webhook().getId(), id -> replay(who, in.workspace, id));
        });
    }

    @Mutation("updateWebhook")
    @Description("Changes a subscription (status DISABLED stops deliveries); its secret stays. Needs webhooks:write.")
    public Uni<WebhookTypes.Payload> updateWebhook(@Name("input") @NonNull WebhookInputs.Update in) {
        return Uni.createFrom().deferred(() -> webhooks.update(caller.get(), in.workspace, in.id,
                        Changes.version(in.expectedVersion), patch(in)))
                .map(s -> new WebhookTypes.Payload(new Webhook(s)));
    }

    @Mutation("deleteWebhook")
    @Description("Deletes a subscription. Needs webhooks:write.")
    public Uni<DeletePayload> deleteWebhook(@Name("input") @NonNull WebhookInputs.Delete in) {
        return Uni.createFrom().deferred(() -> webhooks.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    @Mutation("rotateWebhookSecret")
    @Description("Gives the subscription a new secret (in the answer, once); the old one keeps signing too for the "
            + "server's overlap (24 h by default). Needs webhooks:write.")
    public Uni<WebhookTypes.WithSecret> rotateWebhookSecret(@Name("input") @NonNull WebhookInputs.Rotate in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, in.idempotencyKey, "rotateWebhookSecret", in,
                    () -> webhooks.rotateSecret(who, in.workspace, in.id).map(WebhookApi::withSecret),
                    p -> p.webhook().getId(), id -> replay(who, in.workspace, id));
        });
    }

    private static WebhookTypes.WithSecret withSecret(WebhookSubscription s) {
        return new WebhookTypes.WithSecret(new Webhook(s), s.secrets().current().reveal());
    }

    /** A replayed create or rotation shows the subscription as it is now, without a secret. */
    private Uni<WebhookTypes.WithSecret> replay(Caller who, String ws, String id) {
        return webhooks.get(who, ws, id).map(s -> new WebhookTypes.WithSecret(new Webhook(s), null));
    }

    private static WebhookPatch patch(WebhookInputs.Update in) {
        var clear = in.clear;
        return new WebhookPatch(Changes.of(in.url), Changes.of(in.eventTypes),
                Changes.of(in.project, clear, WebhookTypes.Field.PROJECT, "project"),
                Changes.of(in.description, clear, WebhookTypes.Field.DESCRIPTION, "description"),
                Changes.of(in.status == null ? null : in.status.name()),
                Changes.of(in.filter, clear, WebhookTypes.Field.FILTER, "filter"), Changes.of(in.privateProjects));
    }
}
