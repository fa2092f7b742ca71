package io.worklane.domain.apikey;

import io.worklane.domain.shared.Actor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A credential for a partner app or script. {@code workspaceId} is null for the instance
 * administrator's key, which acts in every workspace. The secret itself is never kept.
 *
 * @param createdBy     who created the key: a key (API_KEY) or Worklane itself (SYSTEM, the bootstrap key)
 * @param lastUsedAt    when the key last authenticated a request, as last flushed (null: never)
 * @param rotatedFromId the key this one replaced by rotation (null for a key created directly)
 */
public record ApiKey(UUID id, UUID workspaceId, String name, String prefix, String hash, Set<String> scopes,
                     boolean instanceAdmin, Actor createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt,
                     Instant lastUsedAt, UUID rotatedFromId) {

    /** A key made by Worklane itself (the bootstrap administrator key, test fixtures), never used or rotated yet. */
    public ApiKey(UUID id, UUID workspaceId, String name, String prefix, String hash, Set<String> scopes,
                  boolean instanceAdmin, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        this(id, workspaceId, name, prefix, hash, scopes, instanceAdmin, Actor.SYSTEM, createdAt, expiresAt,
                revokedAt, null, null);
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** The key revoked at {@code at}; a revoked key keeps its first revocation time. */
    public ApiKey revokedAt(Instant at) {
        return revokedAt != null ? this : new ApiKey(id, workspaceId, name, prefix, hash, scopes, instanceAdmin,
                createdBy, createdAt, expiresAt, at, lastUsedAt, rotatedFromId);
    }

    /** The key with another expiry (rotation shortens the old key's life to the overlap). */
    public ApiKey expiringAt(Instant at) {
        return new ApiKey(id, workspaceId, name, prefix, hash, scopes, instanceAdmin, createdBy, createdAt, at,
                revokedAt, lastUsedAt, rotatedFromId);
    }

    /** The scopes this key holds (stored names that are no longer scopes are left out). */
    public Set<Scope> grantedScopes() {
        return scopes.stream().map(Scope::parse).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The scope names in the order of {@link Scope} (workspace:read first, admin last): how they are shown. */
    public List<String> orderedScopes() {
        return grantedScopes().stream().sorted(Comparator.naturalOrder()).map(Scope::value).toList();
    }
}
