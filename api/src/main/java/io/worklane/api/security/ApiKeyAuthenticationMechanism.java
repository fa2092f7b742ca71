package io.worklane.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.worklane.domain.apikey.ApiKeySecret;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer wl_…}. No header: anonymous (the path policy then decides);
 * anything else that is not an API key is refused until OIDC arrives. The 401 is a problem document.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";
    private static final int MAX_HEADER = 512;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        if (header.length() > MAX_HEADER || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a bearer token"));
        }
        String token = header.substring(BEARER.length()).trim();
        if (!token.startsWith(ApiKeySecret.PREFIX)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a Worklane API key"));
        }
        return identities.authenticate(new ApiKeyAuthenticationRequest(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    /** Writes the 401 as problem+json itself, so clients get a code and a next step, not an empty body. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().ended()) {
            context.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer")
                    .putHeader("Content-Type", "application/problem+json")
                    .end(ProblemBody.unauthenticated(context.request().path()));
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }
}
