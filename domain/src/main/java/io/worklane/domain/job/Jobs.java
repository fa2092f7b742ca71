package io.worklane.domain.job;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the background jobs. Claims run in a transaction of their own; checkpoints, ends and
 * cancellations run in the caller's transaction, so they commit with the step (or the use case) they record.
 */
public interface Jobs {
    Uni<Void> insert(Job job);

    Uni<Optional<Job>> find(UUID workspaceId, UUID id);

    /** The refused steps of a job, in step order, at most {@code limit}. */
    Uni<List<JobError>> errors(UUID jobId, int limit);

    /**
     * Takes one job to run for {@code owner} until {@code leaseUntil}: a queued one, or a running one whose
     * runner stopped renewing its lease (FOR UPDATE SKIP LOCKED: two runners never take the same one).
     */
    Uni<Optional<Job>> claim(UUID owner, Instant now, Instant leaseUntil);

    /**
     * Counts step {@code position} as done (refused, when {@code error} is given) and renews the lease, in the
     * step's transaction; false when the job is no longer this owner's to run at that position or was cancelled.
     */
    Uni<Boolean> checkpoint(UUID jobId, UUID owner, int position, Instant leaseUntil, JobError error);

    /**
     * Counts {@code count} steps from {@code position} as done at once (a chunk of steps in one transaction, ADR
     * 0083) and renews the lease; false as {@link #checkpoint} answers it.
     */
    Uni<Boolean> advance(UUID jobId, UUID owner, int position, int count, Instant leaseUntil);

    /** Ends the job as {@code status} with its result, if {@code owner} still holds it; answers whether it did. */
    Uni<Boolean> finish(UUID jobId, UUID owner, JobStatus status, Map<String, Object> result, Instant at);

    /**
     * Asks a job to stop. A queued job ends at once as CANCELLED; a running one stops before its next step.
     * Answers the job as it is afterwards, empty when the workspace has no such job.
     */
    Uni<Optional<Job>> cancel(UUID workspaceId, UUID id, Instant at);
}
