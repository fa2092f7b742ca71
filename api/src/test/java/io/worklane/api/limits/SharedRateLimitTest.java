package io.worklane.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.limits.RateLimitBuckets;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shared buckets on the real PostgreSQL: two limiters stand for two instances. Together they allow
 * exactly the global figure (not twice it), and a busy credential costs the database a few lease calls,
 * not one per request.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SharedRateLimitTest {
    @Inject
    RateLimitBuckets buckets;

    @Test
    void twoInstancesTogetherAllowTheGlobalFigureOnce() {
        SharedRateLimiter first = new SharedRateLimiter(60, buckets, TimeMeter.SYSTEM_NANOTIME);
        SharedRateLimiter second = new SharedRateLimiter(60, buckets, TimeMeter.SYSTEM_NANOTIME);
        String key = "principal:api-key:" + UUID.randomUUID();
        long started = System.nanoTime();

        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            allowed += take(i % 2 == 0 ? first : second, key).allowed() ? 1 : 0;
        }

        long refilledMeanwhile = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1; // one a second
        assertThat(allowed).as("60 a minute across both, not 60 each").isBetween(55, 60 + (int) refilledMeanwhile);
    }

    @Test
    void aBusyCredentialCostsTheDatabaseAFewLeasesNotARoundTripPerRequest() {
        SharedRateLimiter limiter = new SharedRateLimiter(1_000_000, buckets, TimeMeter.SYSTEM_NANOTIME);
        String key = "principal:api-key:" + UUID.randomUUID();

        for (int i = 0; i < 5_000; i++) {
            assertThat(take(limiter, key).allowed()).isTrue();
        }

        assertThat(limiter.storeCalls()).as("lease calls for 5,000 requests").isLessThan(100);
    }

    @Test
    void refusalsAreAnsweredWithoutTheDatabase() {
        SharedRateLimiter limiter = new SharedRateLimiter(5, buckets, TimeMeter.SYSTEM_NANOTIME);
        String key = "address:" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(take(limiter, key).allowed()).isTrue();
        }
        assertThat(take(limiter, key).allowed()).as("the sixth").isFalse();
        long callsWhenEmpty = limiter.storeCalls();

        for (int i = 0; i < 1_000; i++) {
            Verdict refused = limiter.takeHere(key);
            assertThat(refused).isNotNull();
            assertThat(refused.allowed()).isFalse();
        }
        assertThat(limiter.storeCalls()).isEqualTo(callsWhenEmpty);
    }

    @Test
    void unspentTokensOfAnExpiredLeaseGoBackToTheSharedBucket() throws Exception {
        SharedRateLimiter holder = new SharedRateLimiter(600, buckets, TimeMeter.SYSTEM_NANOTIME);
        String key = "principal:api-key:" + UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            take(holder, key); // batches of 1, 2, 4, 8, 16, 30: some of the last one is left over
        }
        Thread.sleep(Duration.ofNanos(Lease.TTL).toMillis() + 100);
        holder.sweep().await().atMost(Duration.ofSeconds(10));

        SharedRateLimiter other = new SharedRateLimiter(600, buckets, TimeMeter.SYSTEM_NANOTIME);
        assertThat(take(other, key).remaining()).as("600 less the 40 spent, give or take the refill")
                .isBetween(559L, 600L - 40L + 20L);
    }

    private static Verdict take(SharedRateLimiter limiter, String key) {
        Verdict here = limiter.takeHere(key);
        return here != null ? here : limiter.takeShared(key).await().atMost(Duration.ofSeconds(10));
    }
}
