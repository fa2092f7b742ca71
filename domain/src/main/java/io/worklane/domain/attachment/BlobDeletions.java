package io.worklane.domain.attachment;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/**
 * Port: the queue of bytes to remove from the store, filled in the transaction that removes their rows
 * (an attachment, its item or comment, or its whole workspace), drained after commit by the sweeper.
 */
public interface BlobDeletions {
    /**
     * Takes up to {@code limit} keys due at {@code now}, claimed until {@code retryAt} (FOR UPDATE SKIP LOCKED):
     * a key another instance holds is left to it, and a key whose removal fails comes back at {@code retryAt}.
     */
    Uni<List<String>> claim(int limit, Instant now, Instant retryAt);

    /** Forgets keys whose bytes are gone. */
    Uni<Void> done(List<String> keys);
}
