package io.worklane.domain.apikey;

import java.util.Objects;

/**
 * A key just created or rotated, with its secret: held only long enough to answer the caller once.
 * Only {@code key} (with the secret's hash) is stored; printing this shows the display prefix alone.
 */
public record IssuedApiKey(ApiKey key, ApiKeySecret secret) {
    public IssuedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }
}
