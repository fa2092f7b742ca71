package io.worklane.persistence.attachment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.attachment.BlobDeletions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The blob deletion queue, on the pool (background work, outside any use case), claimed with SKIP LOCKED. */
@ApplicationScoped
public class BlobDeletionsRepository implements BlobDeletions {
    private static final String CLAIM = "WITH due AS (SELECT storage_key FROM attachment_blob_deletions"
            + " WHERE next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)"
            + " UPDATE attachment_blob_deletions d SET attempts = d.attempts + 1, next_attempt_at = $3"
            + " FROM due WHERE d.storage_key = due.storage_key RETURNING d.storage_key";
    private final Pool pool;

    public BlobDeletionsRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<List<String>> claim(int limit, Instant now, Instant retryAt) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(now.atOffset(ZoneOffset.UTC), limit,
                retryAt.atOffset(ZoneOffset.UTC))).map(rows -> {
                    List<String> keys = new ArrayList<>();
                    rows.forEach(r -> keys.add(r.getString("storage_key")));
                    return keys;
                });
    }

    @Override
    public Uni<Void> done(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("DELETE FROM attachment_blob_deletions WHERE storage_key = ANY($1)")
                .execute(Tuple.of(keys.toArray(String[]::new))).replaceWithVoid();
    }
}
