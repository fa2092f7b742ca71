package io.worklane.persistence.shared.secrets;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.persistence.shared.InstanceSecretsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seals every stored secret that is not sealed under the current key: plaintext ones from before
 * encryption, and ones sealed under a previous key (rotation, ADR 0044). In batches, each row changed
 * only if it still holds what was read (a concurrent rotation wins), without touching versions or
 * events: the secret is the same, only its storage changes. Every instance may run it at once.
 */
@ApplicationScoped
public class SecretsResealing {
    static final int BATCH = 500;
    private static final String STALE_WEBHOOKS = "SELECT id, secret, previous_secret FROM webhook_subscriptions"
            + " WHERE (secret NOT LIKE $1 OR previous_secret NOT LIKE $1) AND id > $2 ORDER BY id LIMIT " + BATCH;
    private static final String RESEAL_WEBHOOK = "UPDATE webhook_subscriptions SET secret = $2, previous_secret = $3"
            + " WHERE id = $1 AND secret = $4 AND previous_secret IS NOT DISTINCT FROM $5";
    private final Pool pool;

    public SecretsResealing(Pool pool) {
        this.pool = pool;
    }

    /** Answers how many secrets were sealed anew. */
    public Uni<Integer> reseal(SecretBox box) {
        return webhooks(box, new UUID(0, 0), 0)
                .chain(n -> instanceSecrets(box).map(m -> n + m));
    }

    private Uni<Integer> webhooks(SecretBox box, UUID after, int sofar) {
        String current = SecretBox.PREFIX + box.currentKeyId() + ":%";
        return pool.preparedQuery(STALE_WEBHOOKS).execute(Tuple.of(current, after)).chain(rows -> {
            List<Tuple> updates = new ArrayList<>();
            UUID last = after;
            int sealed = 0;
            for (Row r : rows) {
                last = r.getUUID("id");
                String secret = r.getString("secret");
                String previous = r.getString("previous_secret");
                updates.add(Tuple.of(last, again(box, secret, SecretContexts.webhookSecret(last)),
                        previous == null ? null : again(box, previous, SecretContexts.webhookPreviousSecret(last)),
                        secret, previous));
                sealed += (box.isCurrent(secret) ? 0 : 1) + (previous == null || box.isCurrent(previous) ? 0 : 1);
            }
            if (updates.isEmpty()) {
                return Uni.createFrom().item(sofar);
            }
            UUID next = last;
            int total = sofar + sealed;
            return pool.preparedQuery(RESEAL_WEBHOOK).executeBatch(updates)
                    .chain(() -> updates.size() < BATCH ? Uni.createFrom().item(total) : webhooks(box, next, total));
        });
    }

    private Uni<Integer> instanceSecrets(SecretBox box) {
        return pool.query("SELECT name, secret FROM instance_secrets").execute().chain(rows -> {
            List<Tuple> updates = new ArrayList<>();
            for (Row r : rows) {
                byte[] stored = r.getBuffer("secret").getBytes();
                if (!InstanceSecretsRepository.isCurrent(box, stored)) {
                    String name = r.getString("name");
                    byte[] secret = InstanceSecretsRepository.opened(box, name, stored);
                    updates.add(Tuple.of(name, io.vertx.core.buffer.Buffer.buffer(
                            InstanceSecretsRepository.stored(box, name, secret)), io.vertx.core.buffer.Buffer.buffer(stored)));
                }
            }
            return updates.isEmpty() ? Uni.createFrom().item(0)
                    : pool.preparedQuery("UPDATE instance_secrets SET secret = $2 WHERE name = $1 AND secret = $3")
                    .executeBatch(updates).replaceWith(updates.size());
        });
    }

    private static String again(SecretBox box, String stored, String context) {
        return box.isCurrent(stored) ? stored : box.seal(box.open(stored, context), context);
    }
}
