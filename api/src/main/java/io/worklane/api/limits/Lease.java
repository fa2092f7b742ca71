package io.worklane.api.limits;

import io.worklane.domain.limits.BucketSize;
import io.worklane.domain.limits.Grant;
import java.time.Duration;

/**
 * This instance's share of one credential's shared bucket (ADR 0034): tokens leased from PostgreSQL,
 * spent here without asking again, and what the shared bucket held at the last lease. Leased tokens
 * are usable for {@link #TTL}; what is left then goes back to the shared bucket with the next lease
 * (or the sweep), so no token is spent long after it was given out. The batch asked for doubles while
 * leases run out quickly and halves when they expire unspent. All state is guarded by {@code this};
 * each method is a few arithmetic steps.
 */
final class Lease {
    static final long TTL = Duration.ofSeconds(1).toNanos();
    private final BucketSize size;
    private final int maxBatch;
    private long tokens;
    private long expiresAt;
    private long leasedAt;
    private long lastUsed;
    private int want = 1;
    private int debt;
    private double sharedLeft;
    private long syncedAt;
    private boolean synced;
    private boolean asking;

    Lease(BucketSize size, int maxBatch, long now) {
        this.size = size;
        this.maxBatch = maxBatch;
        this.lastUsed = now;
    }

    /** A token spent here, a refusal when the shared bucket is known to be empty, or null: ask the store. */
    synchronized Verdict take(long now) {
        lastUsed = now;
        if (tokens > 0 && now < expiresAt) {
            tokens--;
            return allowed();
        }
        return synced && estimate(now) < 1 ? refused(now) : null;
    }

    /** Spends a token without waiting (a refused key is charged to its address as its 401 leaves): owed if none is here. */
    synchronized Verdict charge(long now) {
        lastUsed = now;
        if (tokens > 0 && now < expiresAt) {
            tokens--;
        } else {
            debt++;
        }
        return estimate(now) >= 0 ? allowed() : refused(now);
    }

    /** The state as the next request would find it, taking nothing. */
    synchronized Verdict peek(long now) {
        if (!synced && debt == 0) {
            return new Verdict(true, size.capacity(), size.capacity(), 0, 0);
        }
        return estimate(now) >= 1 ? allowed() : refused(now);
    }

    /** Starts a lease request unless one is under way: what to ask for and give back, or null. */
    synchronized Ask ask(long now) {
        if (asking) {
            return null;
        }
        asking = true;
        int giveBack = tokens > 0 && now >= expiresAt ? (int) tokens : 0;
        if (synced && giveBack > 0) {
            want = Math.max(1, want / 2);
        } else if (synced && tokens == 0 && now - leasedAt < TTL / 2) {
            want = Math.min(maxBatch, want * 2);
        }
        tokens -= giveBack;
        return new Ask(want + debt, giveBack);
    }

    /** The store's answer to {@link #ask}: owed tokens are paid first, the rest is spendable until the TTL. */
    synchronized void granted(Grant grant, long now) {
        int paid = Math.min(grant.granted(), debt);
        debt -= paid;
        tokens += grant.granted() - paid;
        leasedAt = now;
        expiresAt = now + TTL;
        sharedLeft = grant.left();
        syncedAt = now;
        synced = true;
        asking = false;
    }

    /** The store could not be asked: the next request asks again. */
    synchronized void failed() {
        asking = false;
    }

    /** Unspent tokens of an expired lease, taken out to go back to the shared bucket; 0 if none (or one is asked). */
    synchronized int expiredUnspent(long now) {
        if (asking || tokens <= 0 || now < expiresAt) {
            return 0;
        }
        int unspent = (int) tokens;
        tokens = 0;
        return unspent;
    }

    /** Nothing here, nothing owed, nothing asked, and unused for a while: it may be forgotten. */
    synchronized boolean idleSince(long cutoff) {
        return tokens <= 0 && debt == 0 && !asking && lastUsed < cutoff;
    }

    synchronized boolean owes() {
        return debt > 0;
    }

    /** Tokens this instance can count on: the shared bucket's (refilled since) and its own, less what it owes. */
    private double estimate(long now) {
        double shared = synced ? Math.min(size.capacity(), sharedLeft
                + (now - syncedAt) / 1e9 * size.tokensPerSecond()) : size.capacity();
        return shared + tokens - debt;
    }

    private Verdict allowed() {
        double left = (synced ? sharedLeft : size.capacity()) + tokens - debt;
        long remaining = Math.max(0, Math.min(size.capacity(), (long) Math.floor(left)));
        return new Verdict(true, size.capacity(), remaining,
                Verdict.seconds(size.nanosToGain(size.capacity() - Math.max(0, left))), 0);
    }

    private Verdict refused(long now) {
        double left = Math.max(0, estimate(now));
        return new Verdict(false, size.capacity(), 0, Verdict.seconds(size.nanosToGain(size.capacity() - left)),
                Math.max(1, Verdict.seconds(size.nanosToGain(1 - left))));
    }

    /** What one lease request asks of the shared bucket. */
    record Ask(int want, int giveBack) {
    }
}
