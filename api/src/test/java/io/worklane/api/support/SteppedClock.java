package io.worklane.api.support;

import io.quarkus.test.junit.QuarkusMock;
import io.worklane.api.application.shared.Now;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The use cases' clock, standing still until a test moves it, so that durations come out in whole,
 * known seconds. Installed for one test at a time ({@link #install}); it starts at the current second.
 */
public class SteppedClock extends Now {
    private Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    public static SteppedClock install() {
        SteppedClock clock = new SteppedClock();
        QuarkusMock.installMockForType(clock, Now.class);
        return clock;
    }

    /** Installs a clock standing at {@code start}, for histories set in the past (analytics). */
    public static SteppedClock install(Instant start) {
        SteppedClock clock = install();
        clock.now = start;
        return clock;
    }

    /** Moves the clock to {@code moment} (forward, as time goes). */
    public synchronized Instant at(Instant moment) {
        now = moment;
        return now;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    public synchronized Instant advance(long seconds) {
        now = now.plus(Duration.ofSeconds(seconds));
        return now;
    }
}
