package io.worklane.client.support;

import java.util.UUID;

/**
 * Keys for the {@code Idempotency-Key} header that every POST accepts. Make one per logical request and
 * pass the same one when you repeat it (the retrying client repeats with the same headers by itself): the
 * server then replays the first answer instead of creating a second object (24 h; another body with the
 * same key is 422, while the first is still running 409).
 */
public final class IdempotencyKey {
    private IdempotencyKey() {
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }
}
