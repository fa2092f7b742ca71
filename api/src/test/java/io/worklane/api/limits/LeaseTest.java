package io.worklane.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.limits.BucketSize;
import io.worklane.domain.limits.Grant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One instance's lease of a shared bucket, on its own: what it asks for, spends, refuses and gives back. */
class LeaseTest {
    private static final BucketSize SIX_HUNDRED = new BucketSize(600);
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private long now = Duration.ofDays(1).toNanos();
    private final Lease lease = new Lease(SIX_HUNDRED, 30, now);

    @Test
    void aNewLeaseAsksTheStoreForOneTokenAndSpendsItHere() {
        assertThat(lease.take(now)).as("nothing leased yet: ask the store").isNull();
        assertThat(lease.ask(now)).isEqualTo(new Lease.Ask(1, 0));

        lease.granted(new Grant(1, 599), now);
        Verdict first = lease.take(now);

        assertThat(first.allowed()).isTrue();
        assertThat(first.remaining()).isEqualTo(599);
        assertThat(lease.take(now)).as("the lease is spent").isNull();
    }

    @Test
    void theBatchDoublesWhileLeasesRunOutQuicklyUpToItsCap() {
        int asked = 0;
        for (int round = 0; round < 8; round++) {
            Lease.Ask ask = lease.ask(now);
            asked = ask.want();
            lease.granted(new Grant(ask.want(), 300), now);
            while (lease.take(now) != null) {
                // spend the whole lease at once
            }
            now += SECOND / 10;
        }
        assertThat(asked).as("1, 2, 4, 8, 16, 30 (5 % of 600)").isEqualTo(30);
    }

    @Test
    void unspentTokensGoBackWhenTheLeaseExpiresAndTheBatchHalves() {
        lease.granted(new Grant(8, 100), now);
        lease.take(now);
        assertThat(lease.expiredUnspent(now)).as("still valid").isZero();

        now += Lease.TTL;
        assertThat(lease.take(now)).as("expired tokens are not spent").isNull();
        Lease.Ask ask = lease.ask(now);

        assertThat(ask.giveBack()).isEqualTo(7);
        assertThat(ask.want()).isEqualTo(1);
    }

    @Test
    void whenTheSharedBucketIsEmptyRequestsAreRefusedHereUntilItHasRefilled() {
        lease.granted(new Grant(0, 0.2), now);

        Verdict refused = lease.take(now);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).as("0.8 token at 10 a second").isEqualTo(1);
        assertThat(refused.resetSeconds()).as("599.8 tokens at 10 a second").isEqualTo(60);

        now += SECOND / 10;
        assertThat(lease.take(now)).as("one token has come back: ask the store again").isNull();
    }

    @Test
    void aChargeWithoutALeaseIsOwedAndPaidFromTheNextGrant() {
        Verdict charged = lease.charge(now);
        assertThat(charged.remaining()).isEqualTo(599);
        assertThat(lease.owes()).isTrue();

        Lease.Ask ask = lease.ask(now);
        assertThat(ask.want()).as("one for the debt, one for the lease").isEqualTo(2);
        lease.granted(new Grant(2, 598), now);

        assertThat(lease.owes()).isFalse();
        assertThat(lease.take(now).remaining()).isEqualTo(598);
    }

    @Test
    void peekingAnUnknownBucketSeesItFull() {
        assertThat(lease.peek(now)).isEqualTo(new Verdict(true, 600, 600, 0, 0));
    }
}
