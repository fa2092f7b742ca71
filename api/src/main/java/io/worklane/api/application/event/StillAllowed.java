package io.worklane.api.application.event;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.workspace.Memberships;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks again, as a new request would be asked, whether a subscriber may still follow a workspace: an
 * API key must still be usable (not revoked, not past its rotation overlap) and hold the scope; a
 * signed-in person must still be a member whose role grants it. The answer says why not, and when a
 * key that is fine now stops being so (its rotation overlap ends).
 */
@ApplicationScoped
public class StillAllowed {
    private final ApiKeys apiKeys;
    private final Memberships memberships;

    public StillAllowed(ApiKeys apiKeys, Memberships memberships) {
        this.apiKeys = apiKeys;
        this.memberships = memberships;
    }

    /** The verdict: allowed (with the moment it lapses, if known), or refused with a reason. */
    public record Verdict(String refusal, Instant lapsesAt) {
        static Verdict allowed(Instant lapsesAt) {
            return new Verdict(null, lapsesAt);
        }

        static Verdict refused(String reason) {
            return new Verdict(reason, null);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    public Uni<Verdict> check(Caller caller, UUID workspaceId, Scope scope, Instant now) {
        if (caller.instanceAdmin()) {
            return Uni.createFrom().item(Verdict.allowed(null));
        }
        if (caller.kind() == Actor.Kind.API_KEY) {
            return apiKeys.find(workspaceId, UUID.fromString(caller.credentialId())).map(key -> ofKey(key, scope, now));
        }
        if (caller.kind() == Actor.Kind.MEMBER && caller.credentialId().startsWith("oidc:")) {
            return memberships.signIn(caller.credentialId().substring("oidc:".length()), null)
                    .map(found -> found.stream().map(Memberships.SignedInMember::member)
                            .filter(m -> m.workspaceId().equals(workspaceId)).findFirst()
                            .map(m -> scope.isGrantedBy(m.role().scopes()) ? Verdict.allowed(null)
                                    : Verdict.refused("Your role " + m.role() + " no longer allows this subscription ("
                                    + "it needs '" + scope.value() + "')."))
                            .orElse(Verdict.refused("You are no longer a member of this workspace.")));
        }
        return Uni.createFrom().item(Verdict.allowed(null));
    }

    private static Verdict ofKey(Optional<ApiKey> found, Scope scope, Instant now) {
        if (found.isEmpty() || found.get().revokedAt() != null) {
            return Verdict.refused("The API key was revoked.");
        }
        ApiKey key = found.get();
        if (!key.isUsableAt(now)) {
            return Verdict.refused("The API key was rotated and its overlap with the new key has ended.");
        }
        if (!scope.isGrantedBy(Caller.apiKey(key.id().toString(), key.name(), false, key.workspaceId(), key.scopes())
                .scopesIn(key.workspaceId()))) {
            return Verdict.refused("The API key no longer holds the scope '" + scope.value() + "'.");
        }
        return Verdict.allowed(key.expiresAt());
    }
}
