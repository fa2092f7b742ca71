package io.worklane.api.graphql.apikey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of revokeApiKey: the key, now with revokedAt. */
@Description("The answer of a mutation that creates or changes an API key.")
public record ApiKeyPayload(@Description("The API key as the mutation left it.") @NonNull ApiKey apiKey) {
}
