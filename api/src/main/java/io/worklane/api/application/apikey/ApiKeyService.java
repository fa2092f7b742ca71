package io.worklane.api.application.apikey;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.audit.AuditTrail;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.ApiKeysConfig;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeyRotation;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.IssuedApiKey;
import io.worklane.domain.apikey.NewApiKey;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.apikey.ScopeGrant;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of API keys: a workspace's keys are created, listed, rotated and revoked by callers with the
 * scope {@code api_keys:write}, who can hand out or manage only scopes they hold themselves.
 */
@ApplicationScoped
public class ApiKeyService {
    private final ApiKeys apiKeys;
    private final Access access;
    private final Events events;
    private final Now now;
    private final ApiKeysConfig config;
    private final AuditTrail audit;

    public ApiKeyService(ApiKeys apiKeys, Access access, Events events, Now now, ApiKeysConfig config,
                         AuditTrail audit) {
        this.apiKeys = apiKeys;
        this.access = access;
        this.events = events;
        this.now = now;
        this.config = config;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<IssuedApiKey> create(Caller caller, String wsRef, String name, Collection<String> scopes,
                                    Instant expiresAt) {
        return access.workspace(caller, wsRef, Scope.API_KEYS_WRITE).chain(ws -> {
            Instant at = now.instant();
            NewApiKey wanted = NewApiKey.of(name, scopes, expiresAt, at);
            ensureHolds(caller, ws.id(), wanted.scopes(), "grant");
            IssuedApiKey issued = wanted.issue(ws.id(), caller.actorIn(ws.id()), at);
            return apiKeys.add(issued.key())
                    .call(k -> events.record("api_key.created", ws.id(), k.id(), caller, at, ApiKeyData.of(k), null))
                    .call(k -> audit.record(caller, ws.id(), "api_key.created", "api_key", k.id(), facts(k)))
                    .replaceWith(issued);
        });
    }

    public Uni<ApiKey> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.API_KEYS_WRITE).chain(ws -> load(ws, id));
    }

    public Uni<Page<ApiKey>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.API_KEYS_WRITE).chain(ws -> apiKeys.list(ws.id(), page));
    }

    /** The keys of a workspace the caller already reached (GraphQL {@code Workspace.apiKeys}). */
    public Uni<Page<ApiKey>> listIn(Caller caller, UUID workspaceId, PageRequest page) {
        Access.require(caller, workspaceId, Scope.API_KEYS_WRITE);
        return apiKeys.list(workspaceId, page);
    }

    /** Revokes at once: the next request with the key's secret is refused. A revoked key stays revoked. */
    @WithTransaction
    public Uni<ApiKey> revoke(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.API_KEYS_WRITE).chain(ws -> load(ws, id).chain(current -> {
            ensureHolds(caller, ws.id(), current.grantedScopes(), "revoke a key with");
            if (current.revokedAt() != null) {
                return Uni.createFrom().item(current);
            }
            ApiKey revoked = current.revokedAt(now.instant());
            return apiKeys.revoke(ws.id(), current.id(), revoked.revokedAt()).chain(changed -> !changed
                    ? Uni.createFrom().item(revoked)
                    : events.record("api_key.revoked", ws.id(), current.id(), caller, revoked.revokedAt(),
                            ApiKeyData.of(revoked), ApiKeyData.of(current))
                    .call(() -> audit.record(caller, ws.id(), "api_key.revoked", "api_key", current.id(),
                            facts(current)))
                    .replaceWith(revoked));
        }));
    }

    /** A successor with a new secret; the old key keeps working for {@code worklane.api-keys.rotation-overlap}. */
    @WithTransaction
    public Uni<IssuedApiKey> rotate(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.API_KEYS_WRITE).chain(ws -> load(ws, id).chain(current -> {
            ensureHolds(caller, ws.id(), current.grantedScopes(), "rotate a key with");
            Instant at = now.instant();
            ApiKeyRotation rotation = ApiKeyRotation.of(current, caller.actorIn(ws.id()), at, config.rotationOverlap());
            return apiKeys.rotate(rotation, at)
                    .call(() -> events.record("api_key.rotated", ws.id(), rotation.successor().id(), caller, at,
                            ApiKeyData.ofRotation(rotation.successor(), rotation.predecessor()), null))
                    .call(() -> audit.record(caller, ws.id(), "api_key.rotated", "api_key", current.id(),
                            java.util.Map.of("name", current.name(), "successorId", rotation.successor().id().toString())))
                    .replaceWith(rotation.issued());
        }));
    }

    /** What the audit trail keeps of a key: never its secret or hash. */
    private static java.util.Map<String, Object> facts(ApiKey key) {
        return java.util.Map.of("name", key.name(), "prefix", key.prefix(),
                "scopes", key.scopes().stream().sorted().toList());
    }

    /** The instance administrator holds every scope; a key holds its own, a member its role's. */
    private static void ensureHolds(Caller caller, UUID workspaceId, Collection<Scope> wanted, String action) {
        if (!caller.instanceAdmin()) {
            ScopeGrant.ensureHeld(wanted, caller.scopesIn(workspaceId), action);
        }
    }

    private Uni<ApiKey> load(Workspace ws, String id) {
        UUID keyId = Ids.parseOrNull(id);
        Uni<Optional<ApiKey>> found = keyId == null
                ? Uni.createFrom().item(Optional.empty()) : apiKeys.find(ws.id(), keyId);
        return found.map(k -> k.orElseThrow(() -> DomainException.notFound(ErrorCode.API_KEY_NOT_FOUND, "API key", id)));
    }
}
