package io.worklane.domain.job;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Work too long for one request, run in the background by any instance (ADR 0060). {@code input} is what
 * its kind needs to run it (stored as JSON, so a job resumes on another instance); {@code done} counts the
 * steps committed, {@code failed} those of them that were refused. {@code result} is set when it ends.
 */
public record Job(UUID id, UUID workspaceId, String kind, JobStatus status, int total, int done, int failed,
                  Map<String, Object> input, Map<String, Object> result, boolean cancelRequested, Actor createdBy,
                  Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static Job queue(UUID workspaceId, String kind, int total, Map<String, Object> input, Actor by,
                            Instant now) {
        return new Job(Ids.newId(), workspaceId, kind, JobStatus.QUEUED, total, 0, 0, Map.copyOf(input), null, false,
                by, now, null, null);
    }
}
