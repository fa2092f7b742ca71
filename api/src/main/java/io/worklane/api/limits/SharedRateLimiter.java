package io.worklane.api.limits;

import io.github.bucket4j.TimeMeter;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.limits.BucketSize;
import io.worklane.domain.limits.RateLimitBuckets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * One global token bucket per credential, kept in PostgreSQL and shared by every instance (ADR 0034).
 * A request spends a token this instance leased earlier ({@link #takeHere}, no I/O); only when the
 * lease is used up does the instance ask the store for the next batch ({@link #takeShared}, one call
 * for all requests waiting on that credential). While the shared bucket is known to be empty, refusals
 * are answered here too. If the store cannot be reached, the instance's own in-memory buckets decide
 * ({@link RateLimiter}), so an outage of the limiter never refuses or lets through everything.
 */
final class SharedRateLimiter {
    private static final Logger LOG = Logger.getLogger(SharedRateLimiter.class);
    static final int MAX_TRACKED = RateLimiter.MAX_TRACKED;
    private static final int MAX_ROUNDS = 4;
    private static final long IDLE = Duration.ofMinutes(2).toNanos();
    private static final long WARN_EVERY = Duration.ofMinutes(1).toNanos();

    private final BucketSize size;
    private final int maxBatch;
    private final RateLimitBuckets store;
    private final RateLimiter fallback;
    private final TimeMeter clock;
    private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
    private final ConcurrentMap<Lease, CompletableFuture<Void>> asking = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE / 2);
    private final LongAdder storeCalls = new LongAdder();

    SharedRateLimiter(int perMinute, RateLimitBuckets store, TimeMeter clock) {
        this.fallback = new RateLimiter(perMinute, clock);
        this.size = new BucketSize(perMinute);
        this.maxBatch = Math.max(1, perMinute / 20);
        this.store = store;
        this.clock = clock;
    }

    int capacity() {
        return size.capacity();
    }

    /** The verdict without I/O when this instance can give it (a leased token, or a known empty bucket); else null. */
    Verdict takeHere(String bucket) {
        return leaseOf(keyOf(bucket)).take(clock.currentTimeNanos());
    }

    /** Asks the shared bucket for a lease (joining one already asked for) and takes a token from it. */
    Uni<Verdict> takeShared(String bucket) {
        String key = keyOf(bucket);
        return takeShared(key, leaseOf(key), 1);
    }

    private Uni<Verdict> takeShared(String bucket, Lease lease, int round) {
        return Uni.createFrom().completionStage(() -> refill(bucket, lease)).onItemOrFailure().transformToUni((ok, failure) -> {
            if (failure != null) {
                warnOnce(failure);
                return Uni.createFrom().item(fallback.take(bucket));
            }
            Verdict verdict = lease.take(clock.currentTimeNanos());
            if (verdict != null) {
                return Uni.createFrom().item(verdict);
            }
            // the lease went to requests that waited with this one, and the shared bucket is not empty: ask again
            return round < MAX_ROUNDS ? takeShared(bucket, lease, round + 1) : Uni.createFrom().item(fallback.take(bucket));
        });
    }

    /** Charges a token without waiting; an owed token is collected by a lease asked for now. */
    Verdict charge(String bucket) {
        String key = keyOf(bucket);
        Lease lease = leaseOf(key);
        Verdict verdict = lease.charge(clock.currentTimeNanos());
        if (lease.owes()) {
            refill(key, lease).exceptionally(failure -> {
                warnOnce(failure);
                return null;
            });
        }
        return verdict;
    }

    Verdict peek(String bucket) {
        Lease lease = leases.get(bucket);
        return lease == null ? new Verdict(true, size.capacity(), size.capacity(), 0, 0)
                : lease.peek(clock.currentTimeNanos());
    }

    /** Gives the unspent tokens of expired leases back and forgets leases nobody used for a while. */
    Uni<Void> sweep() {
        long now = clock.currentTimeNanos();
        List<RateLimitBuckets.Unspent> unspent = new ArrayList<>();
        leases.forEach((bucket, lease) -> {
            int tokens = lease.expiredUnspent(now);
            if (tokens > 0) {
                unspent.add(new RateLimitBuckets.Unspent(bucket, tokens));
            }
        });
        leases.values().removeIf(lease -> lease.idleSince(now - IDLE));
        if (unspent.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        storeCalls.increment();
        return store.giveBack(unspent, size);
    }

    /** How often the store was called (leases and give-backs): what the hot path saves shows here. */
    long storeCalls() {
        return storeCalls.sum();
    }

    int tracked() {
        return leases.size();
    }

    private CompletableFuture<Void> refill(String bucket, Lease lease) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> pending = asking.putIfAbsent(lease, started);
        if (pending != null) {
            return pending;
        }
        Lease.Ask ask = lease.ask(clock.currentTimeNanos());
        if (ask == null) {
            asking.remove(lease, started);
            started.complete(null);
            return started;
        }
        storeCalls.increment();
        store.lease(bucket, size, ask.want(), ask.giveBack()).subscribe().with(grant -> {
            lease.granted(grant, clock.currentTimeNanos());
            asking.remove(lease, started);
            started.complete(null);
        }, failure -> {
            lease.failed();
            asking.remove(lease, started);
            started.completeExceptionally(failure);
        });
        return started;
    }

    /** The credential's own bucket; past {@link #MAX_TRACKED} credentials, new ones share one overflow bucket. */
    private String keyOf(String bucket) {
        return leases.size() < MAX_TRACKED || leases.containsKey(bucket) ? bucket : RateLimiter.OVERFLOW;
    }

    private Lease leaseOf(String key) {
        Lease lease = leases.get(key);
        return lease != null ? lease : leases.computeIfAbsent(key, k -> new Lease(size, maxBatch, clock.currentTimeNanos()));
    }

    private void warnOnce(Throwable failure) {
        long now = clock.currentTimeNanos();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("Rate limits: the shared buckets in PostgreSQL cannot be reached (%s); this instance limits"
                    + " on its own until they can", failure.toString());
        }
    }
}
