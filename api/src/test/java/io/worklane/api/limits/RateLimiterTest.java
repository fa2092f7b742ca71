package io.worklane.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The in-memory buckets (the fallback while PostgreSQL cannot be reached) on their own: no Quarkus, a clock the test moves. */
class RateLimiterTest {
    private final ManualClock clock = new ManualClock();

    @Test
    void aCredentialMayUseItsWholeBucketThenIsRefused() {
        RateLimiter limiter = new RateLimiter(5, clock);

        assertThat(IntStream.range(0, 5).mapToObj(i -> limiter.take("key")).map(Verdict::remaining))
                .containsExactly(4L, 3L, 2L, 1L, 0L);
        Verdict refused = limiter.take("key");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(5);
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).as("one token every 12 s").isEqualTo(12);
        assertThat(refused.resetSeconds()).as("until the bucket is full").isEqualTo(60);
    }

    @Test
    void tokensComeBackEvenlyOverTheMinute() {
        RateLimiter limiter = new RateLimiter(5, clock);
        IntStream.range(0, 5).forEach(i -> limiter.take("key"));

        clock.advance(Duration.ofSeconds(11));
        assertThat(limiter.take("key").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        Verdict afterTwelve = limiter.take("key");

        assertThat(afterTwelve.allowed()).isTrue();
        assertThat(afterTwelve.remaining()).isZero();
        assertThat(afterTwelve.resetSeconds()).isEqualTo(60);
    }

    @Test
    void resetIsTheTimeUntilTheBucketIsFullAgain() {
        RateLimiter limiter = new RateLimiter(600, clock);

        Verdict first = limiter.take("key");

        assertThat(first.remaining()).isEqualTo(599);
        assertThat(first.resetSeconds()).as("one token takes 0.1 s, rounded up").isEqualTo(1);
        assertThat(limiter.peek("key").resetSeconds()).isEqualTo(1);
    }

    @Test
    void credentialsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, clock);

        assertThat(limiter.take("one").allowed()).isTrue();
        assertThat(limiter.take("one").allowed()).isFalse();
        assertThat(limiter.take("two").allowed()).isTrue();
    }

    @Test
    void peekingTakesNothingAndTracksNothing() {
        RateLimiter limiter = new RateLimiter(2, clock);

        assertThat(limiter.peek("unseen")).isEqualTo(new Verdict(true, 2, 2, 0, 0));
        limiter.take("seen");
        limiter.take("seen");

        assertThat(limiter.peek("seen").allowed()).isFalse();
        assertThat(limiter.peek("seen").remaining()).isZero();
        assertThat(limiter.peek("seen").retryAfterSeconds()).isEqualTo(30);
        assertThat(limiter.tracked()).isEqualTo(1);
    }

    @Test
    void fullBucketsAreForgottenOnceAMinute() {
        RateLimiter limiter = new RateLimiter(10, clock);
        IntStream.range(0, 50).forEach(i -> limiter.take("address:10.0.0." + i));
        assertThat(limiter.tracked()).isEqualTo(50);

        clock.advance(Duration.ofMinutes(2));
        limiter.take("key");

        assertThat(limiter.tracked()).isEqualTo(1);
    }

    @Test
    void pastTheTrackingBoundNewCredentialsShareOneBucket() {
        RateLimiter limiter = new RateLimiter(1, clock);
        IntStream.range(0, RateLimiter.MAX_TRACKED).forEach(i -> limiter.take("address:" + i));

        assertThat(limiter.take("address:spoofed-1").allowed()).isTrue();
        assertThat(limiter.take("address:spoofed-2").allowed()).as("the overflow bucket is spent").isFalse();
        assertThat(limiter.tracked()).isEqualTo(RateLimiter.MAX_TRACKED + 1);
        assertThat(limiter.take("address:0").allowed()).as("tracked callers keep their own bucket").isFalse();
    }

    @Test
    void aNonsensicalLimitStopsTheStart() {
        assertThatThrownBy(() -> new RateLimiter(0, clock)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WORKLANE_RATE_LIMIT_PER_MINUTE");
    }

    /** A clock that moves only when told. */
    static final class ManualClock implements TimeMeter {
        private long nanos = Duration.ofDays(1).toNanos();

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
