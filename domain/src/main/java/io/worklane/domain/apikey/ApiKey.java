package io.worklane.domain.apikey;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A credential for a partner app or script. {@code workspaceId} is null for the instance
 * administrator's key, which acts in every workspace. The secret itself is never kept.
 */
public record ApiKey(UUID id, UUID workspaceId, String name, String prefix, String hash, Set<String> scopes,
                     boolean instanceAdmin, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
