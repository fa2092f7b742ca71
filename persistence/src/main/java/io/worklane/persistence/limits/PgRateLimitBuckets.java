package io.worklane.persistence.limits;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.limits.BucketSize;
import io.worklane.domain.limits.Grant;
import io.worklane.domain.limits.RateLimitBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The shared buckets in PostgreSQL (V25): one function call per lease, straight on the pool (not
 * through {@code Sql}: these are not the statements of a request, and they are not counted as such).
 */
@ApplicationScoped
public class PgRateLimitBuckets implements RateLimitBuckets {
    private static final String LEASE = "SELECT granted, tokens_left FROM rate_limit_lease($1, $2, $3, $4, $5)";
    /** A bucket untouched for a minute has refilled completely; a little more for clocks and rounding. */
    private static final String FORGET_FULL = "DELETE FROM rate_limit_buckets WHERE refilled_at < now() - interval '65 seconds'";
    private final Pool pool;

    public PgRateLimitBuckets(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Grant> lease(String bucket, BucketSize size, int want, int giveBack) {
        return pool.preparedQuery(LEASE).execute(args(bucket, size, want, giveBack))
                .map(rows -> toGrant(rows.iterator().next()));
    }

    @Override
    public Uni<Void> giveBack(List<Unspent> unspent, BucketSize size) {
        if (unspent.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = unspent.stream().map(u -> args(u.bucket(), size, 0, u.tokens())).toList();
        return pool.preparedQuery(LEASE).executeBatch(rows).replaceWithVoid();
    }

    @Override
    public Uni<Integer> forgetFull() {
        return pool.query(FORGET_FULL).execute().map(rows -> rows.rowCount());
    }

    private static Tuple args(String bucket, BucketSize size, int want, int giveBack) {
        return Tuple.of(bucket, (double) size.capacity(), size.tokensPerSecond(), want, giveBack);
    }

    private static Grant toGrant(Row row) {
        return new Grant(row.getInteger("granted"), row.getDouble("tokens_left"));
    }
}
