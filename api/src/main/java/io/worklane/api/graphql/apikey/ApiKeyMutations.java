package io.worklane.api.graphql.apikey;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.apikey.ApiKeyService;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.apikey.IssuedApiKey;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Creating, rotating and revoking API keys; the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class ApiKeyMutations {
    private final ApiKeyService apiKeys;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ApiKeyMutations(ApiKeyService apiKeys, IdempotentCreate idempotent, CurrentCaller caller) {
        this.apiKeys = apiKeys;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createApiKey")
    @Description("Creates a key bound to the workspace; its secret is in the answer, once. Needs api_keys:write.")
    public Uni<ApiKeyWithSecretPayload> createApiKey(@Name("input") @NonNull CreateApiKeyInput input) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, input.idempotencyKey, "createApiKey", input,
                    () -> apiKeys.create(who, input.workspace, input.name, input.scopes, input.expiresAt)
                            .map(ApiKeyMutations::withSecret),
                    p -> p.apiKey().getId(), id -> replay(who, input.workspace, id));
        });
    }

    @Mutation("rotateApiKey")
    @Description("Creates a successor of the key with a new secret (in the answer, once); the old key keeps working for "
            + "the server's overlap (24 h by default). Needs api_keys:write and every scope of the key.")
    public Uni<ApiKeyWithSecretPayload> rotateApiKey(@Name("input") @NonNull RotateApiKeyInput input) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, input.idempotencyKey, "rotateApiKey", input,
                    () -> apiKeys.rotate(who, input.workspace, input.id).map(ApiKeyMutations::withSecret),
                    p -> p.apiKey().getId(), id -> replay(who, input.workspace, id));
        });
    }

    @Mutation("revokeApiKey")
    @Description("Revokes the key at once. Needs api_keys:write and every scope of the key.")
    public Uni<ApiKeyPayload> revokeApiKey(@Name("input") @NonNull RevokeApiKeyInput input) {
        return Uni.createFrom().deferred(() -> apiKeys.revoke(caller.get(), input.workspace, input.id))
                .map(k -> new ApiKeyPayload(new ApiKey(k)));
    }

    private static ApiKeyWithSecretPayload withSecret(IssuedApiKey issued) {
        return new ApiKeyWithSecretPayload(new ApiKey(issued.key()), issued.secret().value());
    }

    /** A replayed create or rotation shows the key as it is now, without the secret (never stored). */
    private Uni<ApiKeyWithSecretPayload> replay(io.worklane.api.application.shared.Caller who, String ws, String id) {
        return apiKeys.get(who, ws, id).map(k -> new ApiKeyWithSecretPayload(new ApiKey(k), null));
    }
}
