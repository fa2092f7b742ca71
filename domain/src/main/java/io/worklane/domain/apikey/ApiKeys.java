package io.worklane.domain.apikey;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: API keys, found by the hash of their secret. Lookups and the last-use flush run on their
 * own (authentication happens before any use case); {@link #add}, {@link #revoke} and {@link #rotate}
 * write in the transaction of the calling use case, so the key and its event commit together.
 */
public interface ApiKeys {
    Uni<Optional<ApiKey>> findByHash(String hash);

    Uni<Boolean> anyUsableInstanceAdmin();

    /** Stores a key on its own, outside any use case (the bootstrap administrator key). */
    Uni<ApiKey> insert(ApiKey key);

    /**
     * Stores the configured instance-administrator key, or makes it usable again when it is already
     * there: servers starting at once with the same configured key must not fail on each other's insert.
     */
    Uni<Void> upsertInstanceAdmin(ApiKey key);

    /** Revokes every instance-admin key whose hash differs from {@code keepHash}. */
    Uni<Integer> revokeOtherInstanceAdmins(String keepHash);

    /** A key of the workspace; another workspace's key is not found. */
    Uni<Optional<ApiKey>> find(UUID workspaceId, UUID id);

    /** A key by id alone, an instance administrator's too (a calendar feed checks its owner key is still usable). */
    Uni<Optional<ApiKey>> findById(UUID id);

    /** The workspace's keys, oldest first (keyset on createdAt, id). */
    Uni<Page<ApiKey>> list(UUID workspaceId, PageRequest page);

    /** Stores a new key in the use case's transaction. */
    Uni<ApiKey> add(ApiKey key);

    /** Revokes the key at {@code at} in the use case's transaction; false when it was revoked already. */
    Uni<Boolean> revoke(UUID workspaceId, UUID id, Instant at);

    /**
     * Applies a rotation in the use case's transaction: shortens the old key's life (only while it is
     * still usable at {@code now}, else {@link ApiKeyRotation#noLongerUsable}) and stores the successor
     * (a key already rotated is refused with {@link ApiKeyRotation#alreadyRotated}).
     */
    Uni<Void> rotate(ApiKeyRotation rotation, Instant now);

    /**
     * Records when keys were last used, all in one statement; a time never replaces a later one.
     *
     * @return how many keys were updated (deleted keys are skipped)
     */
    Uni<Integer> recordLastUse(Map<UUID, Instant> lastUse);
}
