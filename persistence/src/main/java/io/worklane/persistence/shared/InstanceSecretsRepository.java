package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.InstanceSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets in instance_secrets (V20): the first instance to ask makes one; every other reads the same. Cached. */
@ApplicationScoped
public class InstanceSecretsRepository implements InstanceSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Pool pool;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public InstanceSecretsRepository(Pool pool) {
        this.pool = pool;
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
                .execute(Tuple.of(name, io.vertx.core.buffer.Buffer.buffer(fresh), OffsetDateTime.now(ZoneOffset.UTC)))
                .chain(() -> pool.preparedQuery("SELECT secret FROM instance_secrets WHERE name = $1").execute(Tuple.of(name)))
                .map(rows -> {
                    byte[] stored = rows.iterator().next().getBuffer("secret").getBytes();
                    cache.put(name, stored);
                    return stored;
                });
    }
}
