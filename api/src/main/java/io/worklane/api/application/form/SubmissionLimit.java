package io.worklane.api.application.form;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.FormsConfig;
import io.worklane.domain.form.FormSubmissions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Submissions per client address and minute, counted in PostgreSQL (one upsert), so that every instance agrees
 * and a restart forgets nothing. Every attempt counts, refused ones too: guessing costs the same as sending.
 */
@ApplicationScoped
public class SubmissionLimit {
    private final FormSubmissions submissions;
    private final FormsConfig config;
    private final Now now;

    public SubmissionLimit(FormSubmissions submissions, FormsConfig config, Now now) {
        this.submissions = submissions;
        this.config = config;
        this.now = now;
    }

    /** Counts the attempt; a refusal (429 with the seconds to the next minute) when the address is over its limit. */
    public Uni<Void> admit(String address) {
        Instant at = now.instant();
        Instant window = at.truncatedTo(ChronoUnit.MINUTES);
        return submissions.countHit(address, window).invoke(hits -> {
            if (hits > config.rateLimit()) {
                long left = Duration.between(at, window.plus(Duration.ofMinutes(1))).toSeconds();
                throw new TooManySubmissions(config.rateLimit(), Math.max(1, left + 1));
            }
        }).replaceWithVoid();
    }

    /** Past minutes are no longer counted: their rows go. */
    @Scheduled(every = "5m", delayed = "1m", identity = "form-submission-windows-sweep",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return submissions.forgetWindowsBefore(now.instant().minus(Duration.ofMinutes(2))).onFailure().recoverWithNull();
    }
}
