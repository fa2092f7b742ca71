package io.worklane.api.graphql.apikey;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of revokeApiKey: the key, now with revokedAt. */
public record ApiKeyPayload(@NonNull ApiKey apiKey) {
}
