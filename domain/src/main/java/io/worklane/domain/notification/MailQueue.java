package io.worklane.domain.notification;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the mail outbox, worked outside any use case. Claims lease mails with SKIP LOCKED, so several
 * instances send each mail once; a lease that runs out (a crashed worker) makes the mail due again.
 */
public interface MailQueue {
    Uni<List<ClaimedMail>> claim(int limit, Instant now, Instant leaseUntil);

    /** What the mail says, to whom; empty when its member or notifications are gone (nothing to send). */
    Uni<Optional<MailContent>> content(ClaimedMail mail);

    Uni<Void> sent(UUID mailId, Instant at);

    /** The attempt failed: due again at {@code nextAttemptAt}. */
    Uni<Void> failed(UUID mailId, String error, Instant nextAttemptAt);

    /** Forgets a mail with nobody left to send it to. */
    Uni<Void> drop(UUID mailId);

    /**
     * Gathers, for each person whose digest is due at {@code now}, the notifications waiting for it into
     * one queued mail (one transaction per call, claimed with SKIP LOCKED). Answers how many digests it made.
     */
    Uni<Integer> gatherDigests(Instant now, int limit);
}
