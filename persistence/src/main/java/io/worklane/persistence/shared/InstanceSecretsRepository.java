package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.InstanceSecrets;
import io.vertx.core.buffer.Buffer;
import io.worklane.persistence.shared.secrets.SecretBox;
import io.worklane.persistence.shared.secrets.SecretContexts;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets in instance_secrets (V20): the first instance to ask makes one; every other reads the same. Cached.
 * Stored sealed ({@link SecretBox}, ADR 0044): the column holds the sealed text's bytes; a 32-byte value is
 * a raw one from before encryption, read as it is until start-up seals it ({@link #stored}, {@link #opened}).
 */
@ApplicationScoped
public class InstanceSecretsRepository implements InstanceSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int RAW_BYTES = 32;
    private final Pool pool;
    private final SecretBox box;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public InstanceSecretsRepository(Pool pool, SecretBox box) {
        this.pool = pool;
        this.box = box;
    }

    @Override
    public Uni<byte[]> get(String name) {
        byte[] known = cache.get(name);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // two instances racing: one insert wins, both read the winner
        return pool.preparedQuery("INSERT INTO instance_secrets (name, secret, created_at) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (name) DO NOTHING")
                .execute(Tuple.of(name, Buffer.buffer(stored(box, name, fresh)), OffsetDateTime.now(ZoneOffset.UTC)))
                .chain(() -> pool.preparedQuery("SELECT secret FROM instance_secrets WHERE name = $1").execute(Tuple.of(name)))
                .map(rows -> {
                    byte[] secret = opened(box, name, rows.iterator().next().getBuffer("secret").getBytes());
                    cache.put(name, secret);
                    return secret;
                });
    }

    /** What the column holds for a secret: its sealed text, as bytes. */
    public static byte[] stored(SecretBox box, String name, byte[] secret) {
        return box.seal(Base64.getEncoder().encodeToString(secret), SecretContexts.instanceSecret(name)).getBytes(StandardCharsets.US_ASCII);
    }

    /** The secret the column holds, sealed or (from before encryption) raw. */
    public static byte[] opened(SecretBox box, String name, byte[] stored) {
        if (stored.length == RAW_BYTES) {
            return stored;
        }
        return Base64.getDecoder().decode(box.open(new String(stored, StandardCharsets.US_ASCII), SecretContexts.instanceSecret(name)));
    }

    /** Whether the column's value is sealed under the current key. */
    public static boolean isCurrent(SecretBox box, byte[] stored) {
        return stored.length != RAW_BYTES && box.isCurrent(new String(stored, StandardCharsets.US_ASCII));
    }
}
