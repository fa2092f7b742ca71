package io.worklane.api.security;

import io.worklane.domain.shared.Sha256;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Turns an API key into an identity: hash it, look the hash up (an indexed equality, so the
 * time taken does not depend on how much of a guessed key is right), refuse revoked or expired keys.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    private final ApiKeys apiKeys;
    private final LastUsedTracker lastUsed;
    private final FailedAuthentications failures;

    public ApiKeyIdentityProvider(ApiKeys apiKeys, LastUsedTracker lastUsed, FailedAuthentications failures) {
        this.apiKeys = apiKeys;
        this.lastUsed = lastUsed;
        this.failures = failures;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext ctx) {
        String hash = Sha256.hex(request.secret());
        return apiKeys.findByHash(hash).call(found -> found.filter(key -> !key.isUsableAt(Instant.now()))
                        .map(failures::record).orElseGet(() -> Uni.createFrom().voidItem()))
                .map(found -> found
                        .filter(key -> key.isUsableAt(Instant.now()))
                        .map(key -> {
                            lastUsed.record(key.id(), Instant.now());
                            return identity(key);
                        })
                        .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired API key")));
    }

    private static SecurityIdentity identity(ApiKey key) {
        Caller caller = Caller.apiKey(key.id().toString(), key.name(), key.instanceAdmin(), key.workspaceId(),
                key.scopes());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("api-key:" + key.id()))
                .addAttribute(CurrentCaller.ATTRIBUTE, caller);
        if (key.instanceAdmin()) {
            builder.addRole("instance-admin");
        }
        return builder.build();
    }
}
