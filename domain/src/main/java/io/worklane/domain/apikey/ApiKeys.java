package io.worklane.domain.apikey;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** Port: API keys, found by the hash of their secret. */
public interface ApiKeys {
    Uni<Optional<ApiKey>> findByHash(String hash);

    Uni<Boolean> anyUsableInstanceAdmin();

    Uni<ApiKey> insert(ApiKey key);

    /** Revokes every instance-admin key whose hash differs from {@code keepHash}. */
    Uni<Integer> revokeOtherInstanceAdmins(String keepHash);
}
