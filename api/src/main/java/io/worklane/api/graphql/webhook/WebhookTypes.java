package io.worklane.api.graphql.webhook;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The enums and payloads of webhook subscriptions. */
final class WebhookTypes {
    private WebhookTypes() {
    }

    @Enum("WebhookStatus")
    @Description("ACTIVE subscriptions are delivered to; DISABLED ones are not.")
    public enum Status { ACTIVE, DISABLED }

    /** The nullable fields of a subscription that an update can clear. */
    @Enum("WebhookField")
    @Description("The optional fields of a webhook subscription that an update can clear.")
    public enum Field { PROJECT, DESCRIPTION, FILTER }

    @Type("WebhookPayload")
    @Description("The answer of a mutation that creates or changes a webhook subscription.")
    public record Payload(@Description("The webhook subscription as the mutation left it.") @NonNull Webhook webhook) {
    }

    @Type("WebhookWithSecretPayload")
    @Description("A subscription just created or given a new secret, with that secret.")
    public record WithSecret(
            @Description("The subscription as it is now.") @NonNull Webhook webhook,
            @Description("The signing secret (whsec_…), shown only in this answer: store it now. Null when the answer "
                    + "is a replay for an idempotencyKey.") String secret) {
    }
}
