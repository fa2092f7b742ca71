package io.worklane.api.graphql.apikey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createApiKey and rotateApiKey: the new key and, this once, its secret. */
@Description("A key just created or rotated, with its secret.")
public record ApiKeyWithSecretPayload(
        @Description("The key as it is now (without its secret).") @NonNull ApiKey apiKey,
        @Description("The key's secret (wl_…), shown only in this answer: store it now. Null when the answer is a "
                + "replay for an idempotencyKey (the secret is never stored).") String secret) {
}
