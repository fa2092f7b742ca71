package io.worklane.api.graphql.webhook;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.webhook.WebhookDeliveryService;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Page;
import io.worklane.domain.webhook.WebhookDelivery;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** A subscription's delivery log and the actions on it, as REST's …/webhooks/{id}/deliveries, /test, /replay. */
@GraphQLApi
@Authenticated
public class WebhookDeliveryApi {
    private final WebhookDeliveryService deliveries;
    private final CurrentCaller caller;

    public WebhookDeliveryApi(WebhookDeliveryService deliveries, CurrentCaller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @NonNull
    @Description("What was sent to the subscription, newest first, each with its attempts (first at most 200). One "
            + "statement for every webhook of the list. Needs webhooks:read.")
    public Uni<List<WebhookDeliveryTypes.@NonNull Connection>> deliveries(@Source List<Webhook> sources,
                                                                         @Name("first") @DefaultValue("20") Integer first,
                                                                         @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, WebhookDeliveryTypes.SORT);
            return Batches.<Webhook, UUID, Page<WebhookDelivery>>load(sources, w -> w.domain().workspaceId(),
                    w -> List.of(w.domain().id()), (ws, ids) -> deliveries.firstPages(who, ws, ids, page));
        }).map(found -> sources.stream().map(w -> WebhookDeliveryTypes.Connection.of(found.getOrDefault(
                w.domain().id(), new Page<>(List.of(), null)))).toList());
    }

    @Mutation("testWebhook")
    @Description("Sends a webhook.ping to the subscription, signed, through the same path as every delivery (even "
            + "while it is DISABLED); answers the queued delivery. Needs webhooks:write.")
    public Uni<WebhookDeliveryTypes.Payload> testWebhook(@Name("input") @NonNull WebhookInputs.Test in) {
        return Uni.createFrom().deferred(() -> deliveries.test(caller.get(), in.workspace, in.id))
                .map(d -> new WebhookDeliveryTypes.Payload(WebhookDeliveryTypes.Delivery.of(d)));
    }

    @Mutation("redeliverWebhookDelivery")
    @Description("Makes a delivery due now again, as a new round of attempts under the same webhook-id. Needs "
            + "webhooks:write.")
    public Uni<WebhookDeliveryTypes.Payload> redeliverWebhookDelivery(
            @Name("input") @NonNull WebhookInputs.Redeliver in) {
        return Uni.createFrom().deferred(() -> deliveries.redeliver(caller.get(), in.workspace, in.webhookId, in.id))
                .map(d -> new WebhookDeliveryTypes.Payload(WebhookDeliveryTypes.Delivery.of(d)));
    }

    @Mutation("replayWebhook")
    @Description("Sends again the workspace's events with seq fromSeq to toSeq (both included) that the subscription "
            + "wants. Reversed: REPLAY_RANGE_REVERSED; too long: REPLAY_RANGE_TOO_LARGE; reaching purged events: "
            + "EVENTS_EXPIRED. Needs webhooks:write.")
    public Uni<WebhookDeliveryTypes.Replayed> replayWebhook(@Name("input") @NonNull WebhookInputs.Replay in) {
        return Uni.createFrom().deferred(() -> deliveries.replay(caller.get(), in.workspace, in.id, in.fromSeq,
                        in.toSeq))
                .map(WebhookDeliveryTypes.Replayed::of);
    }
}
