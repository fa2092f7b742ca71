package io.worklane.api.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Problems;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Reads {@code Authorization: Bearer …}. No header: anonymous (the path policy then decides). A
 * token starting {@code wl_} is an API key; any other bearer token is an OIDC access token, handed to
 * quarkus-oidc's mechanism when OIDC is on (QUARKUS_OIDC_AUTH_SERVER_URL set) and refused otherwise.
 * Runs before quarkus-oidc's own mechanism (higher priority), so it decides every request that has a
 * header and its 401 — always a problem document — is the one sent. An identity provider that cannot
 * be reached is a 503 problem document, not a 500.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(ApiKeyAuthenticationMechanism.class);
    private static final String BEARER = "Bearer ";
    // a signed JWT from Keycloak is 1–2 KB; more than 8 KB is no token of ours
    private static final int MAX_HEADER = 8192;
    private static final int MAX_API_KEY = 512;
    private final OidcAuthenticationMechanism oidc;
    private final SignedInUsers users;

    public ApiKeyAuthenticationMechanism(OidcAuthenticationMechanism oidc, SignedInUsers users) {
        this.oidc = oidc;
        this.users = users;
    }

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
        if (token.startsWith(ApiKeySecret.PREFIX)) {
            if (token.length() > MAX_API_KEY) {
                return Uni.createFrom().failure(new AuthenticationFailedException("API key too long"));
            }
            return identities.authenticate(new ApiKeyAuthenticationRequest(token));
        }
        return signedIn(context, identities);
    }

    /** An OIDC access token: quarkus-oidc verifies it (signature, expiry, issuer, audience). */
    private Uni<SecurityIdentity> signedIn(RoutingContext context, IdentityProviderManager identities) {
        return Uni.createFrom().deferred(() -> oidc.authenticate(context, identities))
                .onItem().transformToUni(identity -> {
                    if (identity == null) {
                        // OIDC is off: a bearer token that is not an API key is refused, as before
                        throw new AuthenticationFailedException("not a Worklane API key and OIDC is off");
                    }
                    return withCaller(identity);
                })
                .onFailure(failure -> !(failure instanceof AuthenticationFailedException)).recoverWithUni(failure -> {
                    LOG.warnf("Could not verify a sign-in token, the identity provider is unavailable: %s",
                            failure.toString());
                    if (!context.response().ended()) {
                        context.response().putHeader("Retry-After", "5");
                        Problems.write(context.response(), ErrorCode.SERVICE_UNAVAILABLE, "The identity provider that "
                                + "checks sign-in tokens is unreachable. Retry shortly, or use an API key "
                                + "('Authorization: Bearer wl_…').", context.request().path());
                    }
                    return Uni.createFrom().failure(new AuthenticationFailedException("identity provider unavailable"));
                })
                // quarkus-oidc names itself as the mechanism that challenges (an empty 401): it is this one
                .onFailure().invoke(failure -> context.put(HttpAuthenticationMechanism.class.getName(), this));
    }

    /** A signed-in user acts as the members its token links to (see {@link SignedInUsers}). */
    private Uni<SecurityIdentity> withCaller(SecurityIdentity identity) {
        String subject = identity.getPrincipal().getName();
        String name = subject;
        String email = null;
        boolean emailVerified = false;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = jwt.getSubject() != null ? jwt.getSubject() : subject;
            email = jwt.getClaim("email");
            // a JSON boolean claim may come back as Boolean or as JsonValue.TRUE: both print "true"
            emailVerified = "true".equals(String.valueOf((Object) jwt.getClaim("email_verified")));
            String username = jwt.getClaim("preferred_username");
            name = email != null ? email : username != null ? username : subject;
        }
        return users.caller(subject, name, email, emailVerified).map(caller ->
                QuarkusSecurityIdentity.builder(identity).addAttribute(CurrentCaller.ATTRIBUTE, caller).build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    /** Writes the 401 as problem+json itself, so clients get a code and a next step, not an empty body. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().ended()) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            Problems.write(context.response(), ErrorCode.UNAUTHENTICATED, Credentials.HOW_TO_AUTHENTICATE,
                    context.request().path());
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    /** Before quarkus-oidc's mechanism (DEFAULT_PRIORITY + 1), so this one decides and challenges. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
